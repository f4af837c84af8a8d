package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

public enum Laterality implements Titled {
  LEFT("Left"),
  RIGHT("Right"),
  BILATERAL("Bilateral"),
  MIDLINE("Midline");

  private final String title;

  Laterality(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
