package org.continuum.program.domain;

public enum ProgramKind {
  RESIDENCY("Residency"),
  FELLOWSHIP("Fellowship");

  private final String title;

  ProgramKind(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }
}
