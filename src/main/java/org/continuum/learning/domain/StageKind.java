package org.continuum.learning.domain;

import java.util.Locale;

/** The stages a case is told in, in the order they come. */
public enum StageKind {
  PRESENTATION("Presentation"),
  HISTORY("History"),
  EXAMINATION("Examination"),
  FINDINGS("Findings"),
  DECISIONS("Decisions"),
  FOLLOW_UP("Follow-up");

  private final String label;

  StageKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The kind a heading names ("Follow-up", "follow up", "FINDINGS"), or null. */
  public static StageKind named(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT).replace(' ', '-');
    for (StageKind k : values()) {
      if (k.label.toLowerCase(Locale.ROOT).equals(n)) {
        return k;
      }
    }
    return null;
  }
}
