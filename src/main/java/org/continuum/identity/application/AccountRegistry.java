package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.ACCOUNT_CREATED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * Creates accounts once the caller has been authorised: used by the administrator's use cases, the
 * first-administrator setup and the seed loader. Checks the username is free and the password obeys
 * the policy, hashes it, audits.
 */
@ApplicationScoped
@Transactional
public class AccountRegistry {

  @Inject Clock clock;
  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;
  @Inject PasswordRules passwordRules;
  @Inject AuditTrail audit;

  public Account register(NewAccount request) {
    String username = Account.normalizeUsername(request.username());
    Violations problems = new Violations();
    problems.run(() -> Account.checkProfile(username, request.displayName(), request.email()));
    problems.run(
        () -> {
          if (!username.isEmpty() && accounts.existsByUsername(username)) {
            throw new InvalidInputException(
                "username", Wording.of("accountRegistry.usernameAlreadyTaken", username));
          }
        });
    problems.run(() -> passwordRules.check("password", request.password(), username));
    problems.throwIfAny();
    Account account =
        new Account(
            username,
            request.displayName(),
            request.email(),
            hashing.hash(request.password().toCharArray()),
            clock.instant());
    accounts.add(account);
    audit.record(
        ACCOUNT_CREATED, "account", account.getId(), null, "username " + account.getUsername());
    return account;
  }
}
