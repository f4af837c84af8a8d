package org.continuum.program.domain;

import org.continuum.shared.domain.Titled;

public enum EnrollmentStatus implements Titled {
  ACTIVE("In training"),
  COMPLETED("Completed"),
  WITHDRAWN("Withdrawn");

  private final String title;

  EnrollmentStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
