package org.continuum.procedure.application;

import java.io.Serializable;
import org.continuum.procedure.domain.CaseLogSettings;
import org.continuum.procedure.domain.FluoroscopyRecording;

/** A program's case log settings as screens and the API show them. */
public record CaseLogSettingsView(long programId, long version, FluoroscopyRecording fluoroscopy)
    implements Serializable {

  static CaseLogSettingsView of(CaseLogSettings s) {
    return new CaseLogSettingsView(s.getProgramId(), s.getVersion(), s.getFluoroscopy());
  }
}
