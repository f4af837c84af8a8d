package org.continuum.program.domain;

import org.continuum.shared.domain.Titled;

public enum ProgramKind implements Titled {
  RESIDENCY("Residency"),
  FELLOWSHIP("Fellowship");

  private final String title;

  ProgramKind(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
