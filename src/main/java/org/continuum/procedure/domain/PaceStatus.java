package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

public enum PaceStatus implements Titled {
  MET("Met"),
  ON_TRACK("On track"),
  BEHIND("Behind");

  private final String title;

  PaceStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
