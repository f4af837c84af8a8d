package org.continuum.seed.application;

import static org.continuum.audit.domain.AuditEventType.SEED_CONTENT_LOADED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.seed.domain.SeedImport;
import org.continuum.seed.domain.SeedImportRepository;
import org.continuum.shared.application.DemoMode;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Loads seed documents: JSON files with a header {@code {"kind": ..., "id": ..., "version": N}}, or
 * Markdown files (case modules) with the same fields in a YAML header between lines of "---". A
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
  @Inject DemoMode demoMode;

  @Transactional
  public SeedReport load(String source, byte[] content) {
    access.requireAdmin();
    JsonObject document =
        isMarkdown(content) ? frontMatter(source, content) : parse(source, content);
    String kind = header(document, "kind");
    String id = header(document, "id");
    int version = version(document);
    SeedContributor contributor = contributorFor(kind);
    if (contributor.demoOnly() && !demoMode.isOn()) {
      throw new RuleViolationException(Wording.of("seedLoader.demoContentLoadsOnly", kind));
    }
    String key = kind + ":" + id;
    Optional<SeedImport> previous = imports.findByKey(key);
    if (previous.isPresent() && previous.get().isSatisfiedBy(version)) {
      return new SeedReport(
          source,
          key,
          version,
          false,
          List.of(Wording.of("seedLoader.alreadyLoaded", previous.get().getSeedVersion(), key)));
    }
    List<String> lines = contributor.apply(new String(content, StandardCharsets.UTF_8));
    String checksum = Sha256.hex(content);
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
        "kind", Wording.of("seedLoader.kindKnownExpectedOne", kind, known));
  }

  private static JsonObject parse(String source, byte[] content) {
    try (JsonReader reader = Json.createReader(new ByteArrayInputStream(content))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new InvalidInputException("file", Wording.of("seedLoader.holdOneJsonObject", source));
      }
      return value.asJsonObject();
    } catch (JsonParsingException e) {
      throw new InvalidInputException(
          "file",
          Wording.of(
              "seedLoader.validJsonLineColumn",
              source,
              e.getLocation().getLineNumber(),
              e.getLocation().getColumnNumber()));
    } catch (JsonException e) {
      throw new InvalidInputException("file", Wording.of("seedLoader.couldReadJson", source));
    }
  }

  /** Markdown documents (case modules) carry their header as YAML between lines of "---". */
  private static boolean isMarkdown(byte[] content) {
    String start = new String(content, 0, Math.min(content.length, 8), StandardCharsets.UTF_8);
    return start.replace("\uFEFF", "").startsWith("---");
  }

  /** The kind, id and version of a Markdown document's YAML header, as a JSON header. */
  private static JsonObject frontMatter(String source, byte[] content) {
    String[] lines = new String(content, StandardCharsets.UTF_8).replace("\uFEFF", "").split("\\R");
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        try {
          Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
          JsonObjectBuilder header = Json.createObjectBuilder();
          if (loaded instanceof Map<?, ?> map) {
            for (String key : List.of("kind", "id")) {
              if (map.get(key) instanceof String value) {
                header.add(key, value);
              }
            }
            if (map.get("version") instanceof Integer version) {
              header.add("version", version);
            }
          }
          return header.build();
        } catch (YAMLException e) {
          throw new InvalidInputException(
              "file", Wording.of("seedLoader.yamlHeaderCouldRead", source));
        }
      }
      yaml.append(lines[i]).append('\n');
    }
    throw new InvalidInputException("file", Wording.of("seedLoader.yamlHeaderNeverClosed", source));
  }

  private static String header(JsonObject document, String name) {
    JsonValue value = document.get(name);
    if (value == null
        || value.getValueType() != JsonValue.ValueType.STRING
        || document.getString(name).isBlank()) {
      throw new InvalidInputException(name, Wording.of("seedLoader.documentNeedsTextField", name));
    }
    return document.getString(name).strip();
  }

  private static int version(JsonObject document) {
    JsonValue value = document.get("version");
    if (value == null
        || value.getValueType() != JsonValue.ValueType.NUMBER
        || !document.getJsonNumber("version").isIntegral()
        || document.getInt("version") < 1) {
      throw new InvalidInputException("version", Wording.of("seedLoader.documentNeedsWholeNumber"));
    }
    return document.getInt("version");
  }
}
