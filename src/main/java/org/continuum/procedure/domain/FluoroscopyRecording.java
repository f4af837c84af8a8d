package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/**
 * Whether a program records fluoroscopy time and dose for cases done under fluoroscopy: many
 * programs track radiation exposure for quality and for trainees' own dosimetry, others do not.
 */
public enum FluoroscopyRecording implements Titled {
  NOT_ASKED("Not asked"),
  OPTIONAL("Asked, may be left blank"),
  REQUIRED("Required for every case under fluoroscopy");

  private final String title;

  FluoroscopyRecording(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
