package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** What the trainee did in the procedure. */
public enum TraineeRole implements Titled {
  OBSERVED(Wording.of("traineeRole.OBSERVED.title")),
  ASSISTED(Wording.of("traineeRole.ASSISTED.title")),
  PERFORMED(Wording.of("traineeRole.PERFORMED.title")),
  SUPERVISED_JUNIOR(Wording.of("traineeRole.SUPERVISED_JUNIOR.title"));

  private final String title;

  TraineeRole(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
