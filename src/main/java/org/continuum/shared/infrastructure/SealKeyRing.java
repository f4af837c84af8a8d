package org.continuum.shared.infrastructure;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.Sealer;

/**
 * The server's seal keys: every key it has used, by id, and the current one that seals. Rotating
 * means adding a key and making it current; the old keys stay, so old seals keep verifying.
 *
 * <p>Read from a properties file ({@code key.<id>=<base64 of 32 or more random bytes>}, {@code
 * current=<id>}) or from one setting ({@code <id>:<base64>,<id>:<base64>}, the last one current).
 */
public final class SealKeyRing implements Sealer {

  static final String PREFIX = "hmac-sha256:";
  private static final String ALGORITHM = "HmacSHA256";
  private static final int MIN_KEY_BYTES = 32;

  private final Map<String, byte[]> keys;
  private final String current;

  SealKeyRing(Map<String, byte[]> keys, String current) {
    if (!keys.containsKey(current)) {
      throw new IllegalStateException("the current seal key '" + current + "' is not in the ring");
    }
    keys.forEach(
        (id, key) -> {
          if (key.length < MIN_KEY_BYTES || id.isBlank() || id.contains(":")) {
            throw new IllegalStateException(
                "seal key '" + id + "' must have an id without ':' and at least 32 bytes");
          }
        });
    this.keys = Map.copyOf(keys);
    this.current = current;
  }

  /** The ring a properties file describes. */
  static SealKeyRing read(Path file) {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seal key file " + file, e);
    }
    Map<String, byte[]> keys = new LinkedHashMap<>();
    for (String name : properties.stringPropertyNames()) {
      if (name.startsWith("key.")) {
        keys.put(name.substring(4), decode(name, properties.getProperty(name)));
      }
    }
    String current = properties.getProperty("current", "").strip();
    return new SealKeyRing(keys, current);
  }

  /** The ring one setting describes: {@code id:base64,id:base64}, the last one current. */
  public static SealKeyRing parse(String setting) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    String last = "";
    for (String part : setting.split(",")) {
      String[] idAndKey = part.strip().split(":", 2);
      if (idAndKey.length != 2) {
        throw new IllegalStateException("a seal key setting is id:base64, separated by commas");
      }
      keys.put(idAndKey[0].strip(), decode(idAndKey[0], idAndKey[1]));
      last = idAndKey[0].strip();
    }
    return new SealKeyRing(keys, last);
  }

  /** A new ring of one random key, written to {@code file} (readable by its owner only). */
  static SealKeyRing generate(Path file, LocalDate today) {
    byte[] key = new byte[MIN_KEY_BYTES];
    new SecureRandom().nextBytes(key);
    String id = "k" + today.toString().replace("-", "");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.deleteIfExists(file);
      try {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        Files.createFile(file);
      }
      try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        writer.write(
            "# Continuum seal keys (HMAC-SHA-256). Keep this file secret and backed up, apart from\n"
                + "# the database. To rotate: add key.<new id>=<base64 of 32 random bytes>, set\n"
                + "# current=<new id>, keep the old keys so old seals keep verifying.\n");
        writer.write("key." + id + "=" + Base64.getEncoder().encodeToString(key) + "\n");
        writer.write("current=" + id + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the seal key file " + file, e);
    }
    return new SealKeyRing(Map.of(id, key), id);
  }

  private static byte[] decode(String id, String base64) {
    try {
      return Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("seal key '" + id + "' is not valid base64");
    }
  }

  String currentId() {
    return current;
  }

  @Override
  public String seal(String canonical) {
    return PREFIX + current + ":" + hmac(keys.get(current), canonical);
  }

  @Override
  public SealCheck check(String canonical, String seal) {
    if (seal == null || !seal.startsWith(PREFIX)) {
      return SealCheck.BROKEN;
    }
    String[] idAndMac = seal.substring(PREFIX.length()).split(":", 2);
    if (idAndMac.length != 2) {
      return SealCheck.BROKEN;
    }
    byte[] key = keys.get(idAndMac[0]);
    if (key == null) {
      return SealCheck.UNKNOWN_KEY;
    }
    // constant time, so a forger learns nothing from how long a refusal takes
    boolean same =
        MessageDigest.isEqual(
            hmac(key, canonical).getBytes(StandardCharsets.US_ASCII),
            idAndMac[1].getBytes(StandardCharsets.US_ASCII));
    return same ? SealCheck.VERIFIED : SealCheck.BROKEN;
  }

  private static String hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", e);
    }
  }
}
