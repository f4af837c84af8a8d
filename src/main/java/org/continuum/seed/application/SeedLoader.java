package org.continuum.seed.application;

import static org.continuum.audit.domain.AuditEventType.SEED_CONTENT_LOADED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.seed.domain.SeedImport;
import org.continuum.seed.domain.SeedImportRepository;
import org.continuum.shared.domain.InvalidInputException;

/**
 * Loads seed documents: JSON files with a header {@code {"kind": ..., "id": ..., "version": N}}. A
 * document is applied when its id is new or its version is higher than the last applied one, in one
 * transaction: a file with an error changes nothing. Bundled content lives under seed-content/ in
 * the application; administrators upload their own files the same way.
 */
@ApplicationScoped
public class SeedLoader {

  /** Bundled seed files are packaged under this classpath folder. */
  public static final String BUNDLED_ROOT = "/seed-content/";

  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject SeedImportRepository imports;
  @Inject @Any Instance<SeedContributor> contributors;
  @Inject AuditTrail audit;

  @Transactional
  public SeedReport load(String source, byte[] content) {
    access.requireAdmin();
    JsonObject document = parse(source, content);
    String kind = header(document, "kind");
    String id = header(document, "id");
    int version = version(document);
    SeedContributor contributor = contributorFor(kind);
    String key = kind + ":" + id;
    Optional<SeedImport> previous = imports.findByKey(key);
    if (previous.isPresent() && previous.get().isSatisfiedBy(version)) {
      return new SeedReport(
          source,
          key,
          version,
          false,
          List.of(
              "Version "
                  + previous.get().getSeedVersion()
                  + " of "
                  + key
                  + " is already loaded; nothing to do."));
    }
    List<String> lines = contributor.apply(new String(content, StandardCharsets.UTF_8));
    String checksum = sha256(content);
    if (previous.isPresent()) {
      previous.get().recordApplied(version, checksum, clock.instant());
    } else {
      imports.add(new SeedImport(key, version, checksum, clock.instant()));
    }
    audit.record(SEED_CONTENT_LOADED, "seed", null, null, key + " version " + version);
    return new SeedReport(source, key, version, true, lines);
  }

  public List<SeedImport> applied() {
    access.requireAdmin();
    return imports.findAll();
  }

  /** The bytes of a bundled seed file, by its path under seed-content/. */
  public static byte[] readBundled(String path) {
    try (InputStream in = SeedLoader.class.getResourceAsStream(BUNDLED_ROOT + path)) {
      if (in == null) {
        throw new IllegalStateException("bundled seed file " + path + " is missing");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SeedContributor contributorFor(String kind) {
    TreeSet<String> known = new TreeSet<>();
    for (SeedContributor contributor : contributors) {
      if (contributor.kind().equals(kind)) {
        return contributor;
      }
      known.add(contributor.kind());
    }
    throw new InvalidInputException(
        "kind", "Kind '" + kind + "' is not known; expected one of " + known + ".");
  }

  private static JsonObject parse(String source, byte[] content) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInputException("file", source + " must hold one JSON object.");
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      throw new InvalidInputException(
          "file",
          source
              + " is not valid JSON at line "
              + e.getLocation().getLineNumber()
              + ", column "
              + e.getLocation().getColumnNumber()
              + ".");
    } catch (JsonException e) {
      throw new InvalidInputException("file", source + " could not be read as JSON.");
    }
  }

  private static String header(JsonObject document, String name) {
    JsonValue value = document.get(name);
    if (value == null
        || value.getValueType() != JsonValue.ValueType.STRING
        || document.getString(name).isBlank()) {
      throw new InvalidInputException(name, "The document needs a text field \"" + name + "\".");
    }
    return document.getString(name).strip();
  }

  private static int version(JsonObject document) {
    JsonValue value = document.get("version");
    if (value == null
        || value.getValueType() != JsonValue.ValueType.NUMBER
        || !document.getJsonNumber("version").isIntegral()
        || document.getInt("version") < 1) {
      throw new InvalidInputException(
          "version", "The document needs a whole-number \"version\" of 1 or more.");
    }
    return document.getInt("version");
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
