package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/** What the trainee did in the procedure. */
public enum TraineeRole implements Titled {
  OBSERVED("Observed"),
  ASSISTED("Assisted"),
  PERFORMED("Performed"),
  SUPERVISED_JUNIOR("Supervised a junior");

  private final String title;

  TraineeRole(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
