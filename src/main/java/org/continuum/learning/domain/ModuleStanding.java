package org.continuum.learning.domain;

/** Where a trainee stands on a module, from their attempts at any of its versions. */
public enum ModuleStanding {
  NOT_STARTED("Not started"),
  IN_PROGRESS("In progress"),
  PASSED("Passed"),
  NOT_PASSED("Not passed yet");

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
