package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.FIRST_ADMINISTRATOR_CREATED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.logging.Logger;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.Role;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Creates the first administrator of an empty installation (a production database gets no default
 * account). While no account exists, the server writes a one-time setup code to its log at start;
 * whoever can read the log can open /setup.xhtml and create the administrator with it.
 */
@ApplicationScoped
public class FirstAdministratorSetup {

  private static final Logger LOG = Logger.getLogger(FirstAdministratorSetup.class.getName());
  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

  @Inject AccountRepository accounts;
  @Inject AccountRegistry registry;
  @Inject RoleAssignments roles;
  @Inject AuditTrail audit;

  private volatile String setupCode;

  @Transactional
  public boolean isOpen() {
    return accounts.count() == 0;
  }

  /** At start-up: if the installation has no account yet, make a code and log it. */
  @Transactional
  public void announceIfNeeded() {
    if (!isOpen()) {
      setupCode = null;
      return;
    }
    setupCode = newCode();
    LOG.warning(
        "No account exists yet. To create the first administrator, open /setup.xhtml and enter"
            + " the one-time setup code "
            + setupCode
            + " (valid until the server restarts).");
  }

  /** Synchronized with the code cleared at the end, so two racing requests create one account. */
  @Transactional
  public synchronized void createAdministrator(String code, NewAccount administrator) {
    String expected = setupCode;
    if (!isOpen() || expected == null) {
      throw new RuleViolationException(
          Wording.of("firstAdministratorSetup.setupClosedAdministratorAlready"));
    }
    if (code == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8),
            code.strip().toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))) {
      throw new InvalidInputException(
          "setupCode", Wording.of("firstAdministratorSetup.setupCodeCorrect"));
    }
    SystemContext.run(
        () -> {
          Account account = registry.register(administrator);
          roles.grant(account.getId(), null, Role.ADMIN);
          audit.record(
              FIRST_ADMINISTRATOR_CREATED, "account", account.getId(), null, account.getUsername());
        });
    setupCode = null;
  }

  private static String newCode() {
    SecureRandom random = new SecureRandom();
    StringBuilder code = new StringBuilder();
    for (int i = 0; i < 12; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
