package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** How the needle was guided. */
public enum Guidance implements Titled {
  FLUOROSCOPY(Wording.of("guidance.FLUOROSCOPY.title")),
  ULTRASOUND(Wording.of("guidance.ULTRASOUND.title")),
  CT("CT"),
  LANDMARK(Wording.of("guidance.LANDMARK.title")),
  EMG(Wording.of("guidance.EMG.title")),
  STIMULATION(Wording.of("guidance.STIMULATION.title"));

  private final String title;

  Guidance(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
