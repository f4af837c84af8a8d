package org.continuum.learning.domain;

import org.continuum.shared.domain.Wording;

/** Where a trainee stands on a module, from their attempts at any of its versions. */
public enum ModuleStanding {
  NOT_STARTED(Wording.of("moduleStanding.NOT_STARTED.label")),
  IN_PROGRESS(Wording.of("moduleStanding.IN_PROGRESS.label")),
  PASSED(Wording.of("moduleStanding.PASSED.label")),
  NOT_PASSED(Wording.of("moduleStanding.NOT_PASSED.label"));

  private final String label;

  ModuleStanding(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** A pass stands even while a practice attempt is open; otherwise an open attempt is progress. */
  public static ModuleStanding of(ModuleResultRow row) {
    if (row == null || row.attempts() == 0) {
      return NOT_STARTED;
    }
    if (row.passed()) {
      return PASSED;
    }
    return row.open() ? IN_PROGRESS : NOT_PASSED;
  }
}
