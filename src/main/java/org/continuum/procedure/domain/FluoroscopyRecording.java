package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/**
 * Whether a program records fluoroscopy time and dose for cases done under fluoroscopy: many
 * programs track radiation exposure for quality and for trainees' own dosimetry, others do not.
 */
public enum FluoroscopyRecording implements Titled {
  NOT_ASKED(Wording.of("fluoroscopyRecording.NOT_ASKED.title")),
  OPTIONAL(Wording.of("fluoroscopyRecording.OPTIONAL.title")),
  REQUIRED(Wording.of("fluoroscopyRecording.REQUIRED.title"));

  private final String title;

  FluoroscopyRecording(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
