package org.continuum.program.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

public enum ProgramKind implements Titled {
  RESIDENCY(Wording.of("programKind.RESIDENCY.title")),
  FELLOWSHIP(Wording.of("programKind.FELLOWSHIP.title"));

  private final String title;

  ProgramKind(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
