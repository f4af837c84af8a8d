package org.continuum.seed.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a set of bundled seed files in the order a list file names them (one path per line, under
 * seed-content/; lines starting with # are comments). Each file is its own transaction.
 */
@ApplicationScoped
public class BundledSeeds {

  /** Reference content every installation needs (the procedure catalog). */
  public static final String CORE_SET = "core/load-order.txt";

  /** The demo institution and its content. */
  public static final String DEMO_SET = "demo/load-order.txt";

  /** The demo institution's people, whose password the README publishes. */
  static final String DEMO_PEOPLE = "demo/institution.json";

  @Inject SeedLoader loader;

  /** Each demo account's username and the password published for it. */
  public static Map<String, String> demoPasswords() {
    Map<String, String> passwords = new LinkedHashMap<>();
    try (JsonReader reader =
        Json.createReader(new ByteArrayInputStream(SeedLoader.readBundled(DEMO_PEOPLE)))) {
      for (JsonValue person : reader.readObject().getJsonArray("people")) {
        JsonObject p = person.asJsonObject();
        if (p.containsKey("password")) {
          passwords.put(p.getString("username"), p.getString("password"));
        }
      }
    }
    return passwords;
  }

  public List<SeedReport> load(String listFile) {
    List<SeedReport> reports = new ArrayList<>();
    String list = new String(SeedLoader.readBundled(listFile), StandardCharsets.UTF_8);
    for (String line : list.split("\\R")) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        reports.add(loader.load(file, SeedLoader.readBundled(file)));
      }
    }
    return reports;
  }
}
