package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

public enum Laterality implements Titled {
  LEFT(Wording.of("laterality.LEFT.title")),
  RIGHT(Wording.of("laterality.RIGHT.title")),
  BILATERAL(Wording.of("laterality.BILATERAL.title")),
  MIDLINE(Wording.of("laterality.MIDLINE.title"));

  private final String title;

  Laterality(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
