package org.continuum.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.logging.Logger;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.Sealer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server's sealer, with keys held outside the database: from {@code continuum.seal.keys} (env
 * CONTINUUM_SEAL_KEYS, {@code id:base64,...}) if set, else from the key file {@code
 * continuum.seal.key-file} (env CONTINUUM_SEAL_KEY_FILE; default {@code seal-keys.properties} in
 * the server's data directory). On a first start with neither, a key is generated into the key file
 * and the log says where: back that file up apart from the database.
 */
@ApplicationScoped
public class ServerSealer implements Sealer {

  private static final Logger LOG = Logger.getLogger(ServerSealer.class.getName());

  @Inject
  @ConfigProperty(name = "continuum.seal.keys")
  Optional<String> keys;

  @Inject
  @ConfigProperty(name = "continuum.seal.key-file")
  Optional<String> keyFile;

  @Inject Clock clock;

  private SealKeyRing ring;

  @PostConstruct
  void load() {
    if (keys.isPresent() && !keys.get().isBlank()) {
      ring = SealKeyRing.parse(keys.get());
      LOG.info(() -> "Seal keys from continuum.seal.keys; current key " + ring.currentId());
      return;
    }
    Path file =
        keyFile.filter(f -> !f.isBlank()).map(Path::of).orElseGet(ServerSealer::defaultFile);
    if (Files.exists(file)) {
      ring = SealKeyRing.read(file);
      LOG.info(() -> "Seal keys from " + file + "; current key " + ring.currentId());
    } else {
      ring = SealKeyRing.generate(file, LocalDate.now(clock));
      LOG.warning(
          () ->
              "No seal key was configured: generated one into "
                  + file.toAbsolutePath()
                  + ". Keep this file secret and back it up apart from the database; without it"
                  + " no seal made with it can be checked.");
    }
  }

  private static Path defaultFile() {
    String data = System.getProperty("jboss.server.data.dir", "data");
    return Path.of(data, "continuum", "seal-keys.properties");
  }

  @Override
  public String seal(String canonical) {
    return ring.seal(canonical);
  }

  @Override
  public SealCheck check(String canonical, String seal) {
    return ring.check(canonical, seal);
  }
}
