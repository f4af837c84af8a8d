package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.ACCOUNT_DISABLED;
import static org.continuum.audit.domain.AuditEventType.ACCOUNT_ENABLED;
import static org.continuum.audit.domain.AuditEventType.ACCOUNT_UNLOCKED;
import static org.continuum.audit.domain.AuditEventType.ACCOUNT_UPDATED;
import static org.continuum.audit.domain.AuditEventType.PASSWORD_RESET;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/** The administrator's work on people: create, correct, reset, lock out and let back in. */
@ApplicationScoped
@Transactional
public class AccountAdministration {

  static final String SUBJECT = "account";

  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject AccountRepository accounts;
  @Inject AccountRegistry registry;
  @Inject PasswordHashing hashing;
  @Inject PasswordRules passwordRules;
  @Inject TokenService tokens;
  @Inject AuditTrail audit;
  @Inject Event<AccountAccessChanged> accessChanged;

  public Page<AccountView> list(PageRequest request) {
    access.requireAdmin();
    Instant now = clock.instant();
    return accounts.list(request, now).map(a -> AccountView.of(a, now));
  }

  public AccountView get(long id) {
    access.requireAdmin();
    return AccountView.of(find(id), clock.instant());
  }

  public AccountView create(NewAccount request) {
    access.requireAdmin();
    return AccountView.of(registry.register(request), clock.instant());
  }

  /** Corrects name and e-mail; refused if someone else saved the account since it was read. */
  public AccountView updateProfile(
      long id, long expectedVersion, String displayName, String email) {
    access.requireAdmin();
    Account account = find(id);
    account.requireVersion(expectedVersion);
    account.updateProfile(displayName, email);
    accessChanged.fire(new AccountAccessChanged(id));
    audit.record(ACCOUNT_UPDATED, SUBJECT, id, null, "name and e-mail");
    return AccountView.of(account, clock.instant());
  }

  /** Sets a new password for someone who lost theirs, and ends their API tokens. */
  public void resetPassword(long id, String newPassword) {
    access.requireAdmin();
    Account account = find(id);
    passwordRules.check("newPassword", newPassword, account.getUsername());
    account.changePasswordHash(hashing.hash(newPassword.toCharArray()), clock.instant());
    account.unlock();
    tokens.revokeAll(id, "password reset");
    audit.record(PASSWORD_RESET, SUBJECT, id, null, null);
  }

  public void unlock(long id) {
    access.requireAdmin();
    find(id).unlock();
    audit.record(ACCOUNT_UNLOCKED, SUBJECT, id, null, null);
  }

  public void disable(long id) {
    access.requireAdmin();
    if (currentUser.isSignedIn() && currentUser.accountId() == id) {
      throw new RuleViolationException(Wording.of("accountAdministration.cannotDisableOwnAccount"));
    }
    find(id).disable();
    accessChanged.fire(new AccountAccessChanged(id));
    tokens.revokeAll(id, "account disabled");
    audit.record(ACCOUNT_DISABLED, SUBJECT, id, null, null);
  }

  public void enable(long id) {
    access.requireAdmin();
    find(id).enable();
    audit.record(ACCOUNT_ENABLED, SUBJECT, id, null, null);
  }

  private Account find(long id) {
    return accounts
        .findById(id)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("accountAdministration.person")));
  }
}
