package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.FailedSignIns;

/**
 * Whether a username is locked after failed sign-ins, answered alike whether an account can sign in
 * with it or not: an active account keeps its lock in the database; any other name (none, or a
 * disabled account's) keeps the same count here, in this server's memory. So the sign-in page can
 * say "locked until 10:42 AM" without telling which names exist.
 */
@ApplicationScoped
public class SignInLockouts {

  /** Past this many names the ones no longer locked are forgotten, and if need be all. */
  private static final int MAX_TRACKED = 100_000;

  @Inject AccountRepository accounts;
  @Inject IdentitySettings settings;
  @Inject Clock clock;

  private final Map<String, FailedSignIns> others = new ConcurrentHashMap<>();

  /** A failed sign-in with a name no active account has. */
  void recordOther(String attemptedName) {
    if (!Account.couldBeUsername(attemptedName)) {
      return; // no account can have it, so saying so tells nothing; nor is it kept
    }
    Instant now = clock.instant();
    if (others.size() >= MAX_TRACKED) {
      others.values().removeIf(f -> !locked(f, now));
      if (others.size() >= MAX_TRACKED) {
        others.clear();
      }
    }
    FailedSignIns failures =
        others.computeIfAbsent(Account.normalizeUsername(attemptedName), k -> new FailedSignIns());
    synchronized (failures) {
      failures.record(now, settings.lockoutPolicy());
    }
  }

  /** Whether a name without an active account is locked, from memory alone (no database read). */
  boolean isOtherLocked(String username) {
    FailedSignIns failures = others.get(Account.normalizeUsername(username));
    return failures != null && locked(failures, clock.instant());
  }

  /** When the name's lock runs out; empty if it is not locked. */
  @Transactional
  public Optional<Instant> lockedUntil(String username) {
    Instant now = clock.instant();
    String name = Account.normalizeUsername(username);
    Optional<Account> account = accounts.findByUsername(name).filter(Account::isActive);
    if (account.isPresent()) {
      return account.get().isLocked(now)
          ? Optional.of(account.get().getLockedUntil())
          : Optional.empty();
    }
    FailedSignIns failures = others.get(name);
    if (failures == null) {
      return Optional.empty();
    }
    synchronized (failures) {
      return locked(failures, now) ? Optional.of(failures.lockedUntil()) : Optional.empty();
    }
  }

  private static boolean locked(FailedSignIns failures, Instant now) {
    synchronized (failures) {
      return failures.isLocked(now);
    }
  }
}
