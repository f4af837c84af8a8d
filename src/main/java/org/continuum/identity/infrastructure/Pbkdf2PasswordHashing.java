package org.continuum.identity.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.identity.domain.PasswordHashing;

/**
 * PBKDF2-HMAC-SHA256 with 600,000 iterations, a 16-byte salt and a 32-byte key: OWASP's Password
 * Storage Cheat Sheet figure for this algorithm. Uses the platform's Jakarta Security
 * implementation, whose stored format is {@code PBKDF2WithHmacSHA256:600000:<salt>:<hash>}
 * (Base64); each hash names its own parameters, so raising the iterations later keeps old hashes
 * verifiable.
 */
@ApplicationScoped
public class Pbkdf2PasswordHashing implements PasswordHashing {

  public static final int ITERATIONS = 600_000;

  private static final Logger LOG = Logger.getLogger(Pbkdf2PasswordHashing.class.getName());

  @Inject Pbkdf2PasswordHash pbkdf2;

  private volatile String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "16",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
  }

  @Override
  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  @Override
  public boolean verify(char[] password, String storedHash) {
    try {
      return pbkdf2.verify(password, storedHash);
    } catch (IllegalArgumentException malformed) {
      LOG.log(Level.WARNING, "A stored password hash is malformed; the sign-in is refused.");
      return false;
    }
  }

  @Override
  public String decoyHash() {
    String value = decoy;
    if (value == null) {
      byte[] secret = new byte[24];
      new SecureRandom().nextBytes(secret);
      value = hash(Base64.getEncoder().encodeToString(secret).toCharArray());
      decoy = value;
    }
    return value;
  }
}
