package org.continuum.program.domain;

public enum EnrollmentStatus {
  ACTIVE("In training"),
  COMPLETED("Completed"),
  WITHDRAWN("Withdrawn");

  private final String title;

  EnrollmentStatus(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
