package org.continuum.identity.domain;

/** One-way password hashing with a per-password salt and a deliberately slow function. */
public interface PasswordHashing {

  String hash(char[] password);

  boolean verify(char[] password, String storedHash);

  /** A valid hash of a random secret: verifying against it costs the same as a real check. */
  String decoyHash();
}
