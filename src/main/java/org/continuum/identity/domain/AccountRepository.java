package org.continuum.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface AccountRepository {

  Optional<Account> findById(long id);

  /** Locks the row for the rest of the transaction, so concurrent sign-ins count correctly. */
  Optional<Account> findByIdForUpdate(long id);

  Optional<Account> findByUsername(String normalizedUsername);

  /** Display names by account id: a projection, so no account is loaded into the session. */
  Map<Long, String> displayNames(Collection<Long> ids);

  /** Display names holding both words (lower case), 500 at most: the institution's people. */
  java.util.List<String> displayNamesContaining(String word, String otherWord);

  boolean existsByUsername(String normalizedUsername);

  long count();

  void add(Account account);

  /**
   * Filters: "search" (username, name or e-mail contains), "status" (ACTIVE, DISABLED), "locked"
   * ("true"). Sort fields: username, displayName, email, status, lastSignInAt.
   */
  Page<Account> list(PageRequest request, Instant now);
}
