package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.PasswordHashing;

/**
 * Finds accounts that still have a password everybody knows (the demo institution's, published in
 * the README). Only the named accounts are checked, one slow hash each.
 */
@ApplicationScoped
@Transactional
public class KnownPasswords {

  @Inject AccountRepository accounts;
  @Inject PasswordHashing hashing;

  /**
   * @param published username to the password published for it
   * @return the usernames whose account exists and still opens with the published password
   */
  public List<String> stillOpenWith(Map<String, String> published) {
    List<String> open = new ArrayList<>();
    published.forEach(
        (username, password) ->
            accounts
                .findByUsername(Account.normalizeUsername(username))
                .filter(a -> hashing.verify(password.toCharArray(), a.getPasswordHash()))
                .ifPresent(a -> open.add(a.getUsername())));
    return open;
  }
}
