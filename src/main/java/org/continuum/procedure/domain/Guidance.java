package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/** How the needle was guided. */
public enum Guidance implements Titled {
  FLUOROSCOPY("Fluoroscopy"),
  ULTRASOUND("Ultrasound"),
  CT("CT"),
  LANDMARK("Landmark"),
  EMG("Needle EMG"),
  STIMULATION("Electrical stimulation");

  private final String title;

  Guidance(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
