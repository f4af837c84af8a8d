package org.continuum.learning.domain;

import java.util.Locale;
import org.continuum.shared.domain.Wording;

/** The stages a case is told in, in the order they come. */
public enum StageKind {
  PRESENTATION(Wording.of("stageKind.PRESENTATION.label")),
  HISTORY(Wording.of("stageKind.HISTORY.label")),
  EXAMINATION(Wording.of("stageKind.EXAMINATION.label")),
  FINDINGS(Wording.of("stageKind.FINDINGS.label")),
  DECISIONS(Wording.of("stageKind.DECISIONS.label")),
  FOLLOW_UP(Wording.of("stageKind.FOLLOW_UP.label"));

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
