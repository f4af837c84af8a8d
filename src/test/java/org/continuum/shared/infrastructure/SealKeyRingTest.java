package org.continuum.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.Base64;
import org.continuum.shared.domain.SealCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealKeyRingTest {

  private static final String K1 = "k1:" + key(1);
  private static final String K2 = "k2:" + key(2);
  private static final String TEXT = "{\"evaluation\":7,\"answers\":[3]}";

  private static String key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }

  @Test
  void aSealVerifiesOnlyForTheSameTextAndKey() {
    SealKeyRing ring = SealKeyRing.parse(K1);
    String seal = ring.seal(TEXT);

    assertThat(seal).startsWith("hmac-sha256:k1:").hasSize("hmac-sha256:k1:".length() + 64);
    assertThat(ring.check(TEXT, seal)).isEqualTo(SealCheck.VERIFIED);
    assertThat(ring.check(TEXT.replace('3', '4'), seal)).isEqualTo(SealCheck.BROKEN);
    assertThat(ring.check(TEXT, seal.replace("hmac-sha256:k1:", "hmac-sha256:k1:0")))
        .isEqualTo(SealCheck.BROKEN);
    assertThat(ring.check(TEXT, "sha256-of-anything")).isEqualTo(SealCheck.BROKEN);
    assertThat(SealKeyRing.parse(K2).check(TEXT, seal))
        .as("a server without the key cannot check it")
        .isEqualTo(SealCheck.UNKNOWN_KEY);
    String forged = "hmac-sha256:k2:" + seal.substring("hmac-sha256:k1:".length());
    assertThat(SealKeyRing.parse(K1 + "," + K2).check(TEXT, forged))
        .as("another key's name on the same mac")
        .isEqualTo(SealCheck.BROKEN);
  }

  @Test
  void afterRotationNewSealsUseTheNewKeyAndOldSealsKeepVerifying() {
    String old = SealKeyRing.parse(K1).seal(TEXT);
    SealKeyRing rotated = SealKeyRing.parse(K1 + "," + K2);

    assertThat(rotated.seal(TEXT)).startsWith("hmac-sha256:k2:");
    assertThat(rotated.check(TEXT, old)).isEqualTo(SealCheck.VERIFIED);
    assertThat(rotated.check(TEXT, rotated.seal(TEXT))).isEqualTo(SealCheck.VERIFIED);
  }

  @Test
  void aGeneratedKeyFileIsTheOwnersOnlyAndReadsBackTheSameKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("data/continuum/seal-keys.properties");
    SealKeyRing generated = SealKeyRing.generate(file, LocalDate.of(2026, 12, 3));

    assertThat(generated.currentId()).isEqualTo("k20261203");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    SealKeyRing read = SealKeyRing.read(file);
    assertThat(read.check(TEXT, generated.seal(TEXT))).isEqualTo(SealCheck.VERIFIED);

    Files.writeString(
        file,
        Files.readString(file).replace("current=k20261203", "current=k2")
            + "key."
            + K2.replace(':', '=')
            + "\n");
    SealKeyRing rotated = SealKeyRing.read(file);
    assertThat(rotated.currentId()).isEqualTo("k2");
    assertThat(rotated.check(TEXT, generated.seal(TEXT)))
        .as("rotating in the file keeps the old key")
        .isEqualTo(SealCheck.VERIFIED);
  }

  @Test
  void aShortOrMissingKeyIsRefusedAtStart() {
    assertThatThrownBy(
            () -> SealKeyRing.parse("k1:" + Base64.getEncoder().encodeToString(new byte[8])))
        .hasMessageContaining("at least 32 bytes");
    assertThatThrownBy(() -> SealKeyRing.parse("k1")).hasMessageContaining("id:base64");
  }
}
