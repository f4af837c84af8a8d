package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.identity.domain.CommonPasswords;
import org.continuum.identity.domain.PasswordPolicy;

/** The password policy with the common-password list wired in. */
@ApplicationScoped
public class PasswordRules {

  @Inject CommonPasswords commonPasswords;

  public void check(String field, String password, String username) {
    new PasswordPolicy(commonPasswords).check(field, password, username);
  }
}
