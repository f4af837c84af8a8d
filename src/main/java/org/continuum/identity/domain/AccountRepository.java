package org.continuum.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface AccountRepository {

  Optional<Account> findById(long id);

  /** Locks the row for the rest of the transaction, so concurrent sign-ins count correctly. */
  Optional<Account> findByIdForUpdate(long id);

  Optional<Account> findByUsername(String normalizedUsername);

  List<Account> findByIds(Collection<Long> ids);

  boolean existsByUsername(String normalizedUsername);

  long count();

  void add(Account account);

  /**
   * Filters: "search" (username, name or e-mail contains), "status" (ACTIVE, DISABLED), "locked"
   * ("true"). Sort fields: username, displayName, email, status, lastSignInAt.
   */
  Page<Account> list(PageRequest request, Instant now);
}
