package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.ACCOUNT_LOCKED;
import static org.continuum.audit.domain.AuditEventType.PASSWORD_CONFIRMATION_FAILED;
import static org.continuum.audit.domain.AuditEventType.SIGN_IN_FAILED;
import static org.continuum.audit.domain.AuditEventType.SIGN_IN_REFUSED_LOCKED;
import static org.continuum.audit.domain.AuditEventType.SIGN_IN_SUCCEEDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.LockoutPolicy;

/** The transactional half of a sign-in: counts failures, locks, audits. */
@ApplicationScoped
@Transactional
public class SignInRecorder {

  static final String SUBJECT = "account";

  @Inject Clock clock;
  @Inject AccountRepository accounts;
  @Inject IdentitySettings settings;
  @Inject UserSnapshots snapshots;
  @Inject AuditTrail audit;
  @Inject SignInLockouts lockouts;

  public Optional<AuthenticatedUser> record(
      String attemptedName, Optional<Long> accountId, boolean passwordMatches) {
    Instant now = clock.instant();
    // the row lock makes concurrent attempts on one account count one after another
    Optional<Account> found = accountId.flatMap(accounts::findByIdForUpdate);
    if (found.isEmpty()) {
      audit.recordAs(SIGN_IN_FAILED, null, attemptedName, SUBJECT, null, null, "unknown username");
      lockouts.recordOther(attemptedName);
      return Optional.empty();
    }
    Account account = found.get();
    if (!account.isActive()) {
      auditAttempt(SIGN_IN_FAILED, account, "account is disabled");
      lockouts.recordOther(attemptedName);
      return Optional.empty();
    }
    if (account.isLocked(now)) {
      auditAttempt(SIGN_IN_REFUSED_LOCKED, account, "locked until " + account.getLockedUntil());
      return Optional.empty();
    }
    if (!passwordMatches) {
      LockoutPolicy policy = settings.lockoutPolicy();
      boolean lockedNow = account.recordFailedSignIn(now, policy);
      auditAttempt(
          SIGN_IN_FAILED,
          account,
          "wrong password (" + account.getFailedSignIns() + " of " + policy.maxFailures() + ")");
      if (lockedNow) {
        auditAttempt(ACCOUNT_LOCKED, account, "locked until " + account.getLockedUntil());
      }
      return Optional.empty();
    }
    account.recordSuccessfulSignIn(now);
    auditAttempt(SIGN_IN_SUCCEEDED, account, null);
    return Optional.of(snapshots.of(account));
  }

  /**
   * The bookkeeping of a password typed again by someone already signed in (to sign a record): a
   * wrong one counts toward the lockout exactly like a failed sign-in. In a transaction of its own,
   * so the count stands when the caller's transaction is rolled back.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean recordConfirmation(long accountId, boolean passwordMatches) {
    Instant now = clock.instant();
    Optional<Account> found = accounts.findByIdForUpdate(accountId);
    if (found.isEmpty() || !found.get().isActive()) {
      return false;
    }
    Account account = found.get();
    if (account.isLocked(now)) {
      auditAttempt(PASSWORD_CONFIRMATION_FAILED, account, "account is locked");
      return false;
    }
    if (!passwordMatches) {
      LockoutPolicy policy = settings.lockoutPolicy();
      boolean lockedNow = account.recordFailedSignIn(now, policy);
      auditAttempt(
          PASSWORD_CONFIRMATION_FAILED,
          account,
          "wrong password (" + account.getFailedSignIns() + " of " + policy.maxFailures() + ")");
      if (lockedNow) {
        auditAttempt(ACCOUNT_LOCKED, account, "locked until " + account.getLockedUntil());
      }
      return false;
    }
    account.recordPasswordConfirmed();
    return true;
  }

  /** The account is both the actor (it is signing in) and the subject. */
  private void auditAttempt(AuditEventType type, Account account, String detail) {
    audit.recordAs(
        type, account.getId(), account.getUsername(), SUBJECT, account.getId(), null, detail);
  }
}
