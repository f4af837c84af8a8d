package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Checks a username and password. Deliberately not transactional: the slow password hash runs
 * without holding a database connection or a row lock; only the short bookkeeping afterwards
 * (failure count, lockout, audit) runs in a transaction.
 */
@ApplicationScoped
public class AuthenticationService {

  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject SignInRecorder recorder;
  @Inject Clock clock;
  @Inject SignInThrottle throttle;
  @Inject SignInLockouts lockouts;

  /**
   * @return the signed-in user, or empty for any refusal (unknown name, wrong password, locked or
   *     disabled account) - the caller shows one generic message for all of them
   */
  public Optional<AuthenticatedUser> signIn(String username, char[] password) {
    String name = Account.normalizeUsername(username);
    Optional<Account> account = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
    boolean passwordMatches;
    Optional<Account> active = account.filter(Account::isActive);
    if (active.isPresent() && active.get().isLocked(clock.instant())) {
      // refused whatever the password: no slow hash for an attempt that cannot succeed
      passwordMatches = false;
    } else if (active.isPresent()) {
      passwordMatches = hashing.verify(password, active.get().getPasswordHash());
    } else if (lockouts.isOtherLocked(name)) {
      // a name without an active account, locked as an account would be, answers as fast
      passwordMatches = false;
    } else {
      // same cost as a real check (a disabled account's too), so response time does not tell
      // which usernames exist
      hashing.verify(password, hashing.decoyHash());
      passwordMatches = false;
    }
    return recorder.record(name, account.map(Account::getId), passwordMatches);
  }

  /**
   * Proof that the person typed their own password again, as signing requires; empty when it was
   * wrong. A wrong password counts toward the lockout like a failed sign-in, and is recorded even
   * when the caller's own transaction rolls back; a locked account is refused.
   */
  public Optional<ConfirmedSigner> confirmPassword(long accountId, char[] password) {
    Optional<Account> account = accounts.findById(accountId);
    if (account.isEmpty()) {
      return Optional.empty();
    }
    boolean matches =
        password != null
            && password.length > 0
            && throttle.withHashSlot(
                () -> hashing.verify(password, account.get().getPasswordHash()));
    if (!recorder.recordConfirmation(accountId, matches)) {
      return Optional.empty();
    }
    return Optional.of(
        new ConfirmedSigner(accountId, account.get().getDisplayName(), clock.instant()));
  }

  /**
   * The signed-in person's password typed again, as signing needs it: the proof, or a refusal
   * naming the password field (missing, or wrong, which counts toward the lockout).
   */
  public ConfirmedSigner requirePasswordOf(long accountId, char[] password) {
    if (password == null || password.length == 0) {
      throw new InvalidInputException(
          "password", Wording.of("authenticationService.passwordRequiredSign"));
    }
    return confirmPassword(accountId, password)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "password", Wording.of("authenticationService.passwordCorrectWrongPasswords")));
  }
}
