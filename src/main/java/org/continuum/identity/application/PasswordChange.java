package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.PASSWORD_CHANGED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/** A signed-in person changes their own password, proving they know the current one. */
@ApplicationScoped
@Transactional
public class PasswordChange {

  @Inject Clock clock;
  @Inject CurrentUser currentUser;
  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject AuthenticationService authentication;
  @Inject PasswordRules passwordRules;
  @Inject TokenService tokens;
  @Inject AuditTrail audit;

  public void change(String currentPassword, String newPassword) {
    Account account =
        accounts.findById(currentUser.accountId()).orElseThrow(AccessDeniedException::new);
    // a wrong current password counts toward the lockout and is audited, as at sign-in: this page
    // must not be a way to guess the password of a session left open
    if (currentPassword == null
        || currentPassword.isEmpty()
        || authentication
            .confirmPassword(account.getId(), currentPassword.toCharArray())
            .isEmpty()) {
      throw new InvalidInputException(
          "currentPassword", Wording.of("passwordChange.currentPasswordCorrectWrong"));
    }
    passwordRules.check("newPassword", newPassword, account.getUsername());
    if (newPassword.equals(currentPassword)) {
      throw new InvalidInputException(
          "newPassword", Wording.of("passwordChange.newPasswordDifferentCurrent"));
    }
    account.changePasswordHash(hashing.hash(newPassword.toCharArray()), clock.instant());
    // a changed password ends API access granted with the old one
    tokens.revokeAll(account.getId(), "password changed");
    audit.record(PASSWORD_CHANGED, "account", account.getId(), null, null);
  }
}
