package org.continuum.identity.domain;

import java.util.Locale;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * The password rules of OWASP ASVS (V2.1): at least 8 characters, up to 128 allowed, any characters
 * including spaces, no composition rules, and nothing from a list of common passwords.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 128;

  private final CommonPasswords commonPasswords;

  public PasswordPolicy(CommonPasswords commonPasswords) {
    this.commonPasswords = commonPasswords;
  }

  /**
   * @param field the form field the message belongs to
   * @throws InvalidInputException naming the rule the password breaks
   */
  public void check(String field, String password, String username) {
    if (password == null || password.isEmpty()) {
      throw new InvalidInputException(field, Wording.of("passwordPolicy.passwordRequired"));
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      throw new InvalidInputException(
          field, Wording.of("passwordPolicy.passwordLeastCharactersLong", MIN_LENGTH));
    }
    if (length > MAX_LENGTH) {
      throw new InvalidInputException(
          field, Wording.of("passwordPolicy.passwordMostCharactersLong", MAX_LENGTH));
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (username != null && lower.strip().equals(username.toLowerCase(Locale.ROOT))) {
      throw new InvalidInputException(field, Wording.of("passwordPolicy.passwordSameUsername"));
    }
    if (commonPasswords.contains(lower)) {
      throw new InvalidInputException(field, Wording.of("passwordPolicy.passwordListCommonlyUsed"));
    }
  }
}
