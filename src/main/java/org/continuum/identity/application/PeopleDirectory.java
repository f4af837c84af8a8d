package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.AccountStatus;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.ActorProvider;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Finding people to enrol, appoint or give a role: open to administrators and to program directors
 * and coordinators (of any program), never to trainees or faculty.
 */
@ApplicationScoped
@Transactional
public class PeopleDirectory {

  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject AccountRepository accounts;

  public Page<PersonOption> search(String text, int limit) {
    requirePicker();
    PageRequest request =
        PageRequest.of(0, Math.max(1, Math.min(limit, 50)))
            .filteredBy(
                text == null || text.isBlank()
                    ? Map.of("status", AccountStatus.ACTIVE.name())
                    : Map.of("status", AccountStatus.ACTIVE.name(), "search", text));
    return accounts
        .list(request, clock.instant())
        .map(a -> new PersonOption(a.getId(), a.getDisplayName(), a.getUsername(), a.getEmail()));
  }

  /** One person as a picker shows them (same access as {@link #search}). */
  public Optional<PersonOption> option(long accountId) {
    requirePicker();
    return accounts
        .findById(accountId)
        .map(a -> new PersonOption(a.getId(), a.getDisplayName(), a.getUsername(), a.getEmail()));
  }

  private void requirePicker() {
    if (!access.isAdmin() && !currentUser.hasAnyRole(Role.PROGRAM_DIRECTOR, Role.COORDINATOR)) {
      throw new AccessDeniedException();
    }
  }

  /** Refuses an id that does not name an active account. */
  public Account requireActivePerson(long accountId) {
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("peopleDirectory.person")));
    if (!account.isActive()) {
      throw new RuleViolationException(
          Wording.of("peopleDirectory.sAccountDisabled", account.getDisplayName()));
    }
    return account;
  }

  /** An active or disabled account by username; administrators only. */
  public Optional<PersonOption> findByUsername(String username) {
    access.requireAdmin();
    return accounts
        .findByUsername(Account.normalizeUsername(username))
        .map(a -> new PersonOption(a.getId(), a.getDisplayName(), a.getUsername(), a.getEmail()));
  }

  /**
   * The name of whoever a record says made it (records keep the username), for a reader already
   * allowed to see the record; the username itself for an account since removed.
   */
  public String displayNameOf(String username) {
    if (username == null) {
      return null;
    }
    if (username.equals(ActorProvider.SYSTEM)) {
      return Wording.of("actor.system"); // never a person, even one named so before it was reserved
    }
    return accounts
        .findByUsername(Account.normalizeUsername(username))
        .map(Account::getDisplayName)
        .orElse(username);
  }

  /** Names for ids, for lists that show who did something. */
  public Map<Long, String> displayNames(Collection<Long> ids) {
    return accounts.displayNames(ids);
  }
}
