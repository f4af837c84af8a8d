package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

public enum PaceStatus implements Titled {
  MET(Wording.of("paceStatus.MET.title")),
  ON_TRACK(Wording.of("paceStatus.ON_TRACK.title")),
  BEHIND(Wording.of("paceStatus.BEHIND.title"));

  private final String title;

  PaceStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
