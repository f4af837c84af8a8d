package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;

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

  /**
   * @return the signed-in user, or empty for any refusal (unknown name, wrong password, locked or
   *     disabled account) - the caller shows one generic message for all of them
   */
  public Optional<AuthenticatedUser> signIn(String username, char[] password) {
    String name = Account.normalizeUsername(username);
    Optional<Account> account = name.isEmpty() ? Optional.empty() : accounts.findByUsername(name);
    boolean passwordMatches;
    if (account.isPresent()) {
      passwordMatches = hashing.verify(password, account.get().getPasswordHash());
    } else {
      // same cost as a real check, so response time does not tell which usernames exist
      hashing.verify(password, hashing.decoyHash());
      passwordMatches = false;
    }
    return recorder.record(name, account.map(Account::getId), passwordMatches);
  }
}
