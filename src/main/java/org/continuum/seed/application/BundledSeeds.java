package org.continuum.seed.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

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

  @Inject SeedLoader loader;

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
