package org.continuum.shared.application;

import java.security.SecureRandom;

/** A short code that ties an error page a user saw to the log entry with the details. */
public final class ErrorReference {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private ErrorReference() {}

  public static String create() {
    StringBuilder code = new StringBuilder(8);
    for (int i = 0; i < 8; i++) {
      code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }
}
