package org.continuum.seed.application;

import java.io.Serializable;
import java.util.List;

/** What loading one seed document did. */
public record SeedReport(
    String source, String key, int version, boolean applied, List<String> lines)
    implements Serializable {

  public SeedReport {
    lines = List.copyOf(lines);
  }
}
