package org.continuum.program.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

public enum EnrollmentStatus implements Titled {
  ACTIVE(Wording.of("enrollmentStatus.ACTIVE.title")),
  COMPLETED(Wording.of("enrollmentStatus.COMPLETED.title")),
  WITHDRAWN(Wording.of("enrollmentStatus.WITHDRAWN.title"));

  private final String title;

  EnrollmentStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
