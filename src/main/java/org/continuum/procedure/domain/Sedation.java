package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/** The deepest level of sedation given for the procedure, as the anesthesia record states it. */
public enum Sedation implements Titled {
  NONE("None (local anesthetic only)"),
  MINIMAL("Minimal (anxiolysis)"),
  MODERATE("Moderate"),
  DEEP("Deep or monitored anesthesia care"),
  GENERAL("General anesthesia");

  private final String title;

  Sedation(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
