package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;

/**
 * Test accounts, all with {@link Fixtures#PASSWORD}. The password is hashed once per server: with
 * 600,000 PBKDF2 iterations per account, hashing it for each of the hundreds of people the tests
 * make was most of their set-up time. Signing in still verifies the real hash.
 */
@ApplicationScoped
@Transactional
public class TestAccounts {

  @Inject Clock clock;
  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;

  private volatile String passwordHash;

  public Account create(String username, String displayName, String email) {
    Account account = new Account(username, displayName, email, passwordHash(), clock.instant());
    accounts.add(account);
    return account;
  }

  private String passwordHash() {
    String hash = passwordHash;
    if (hash == null) {
      hash = hashing.hash(Fixtures.PASSWORD.toCharArray());
      passwordHash = hash;
    }
    return hash;
  }
}
