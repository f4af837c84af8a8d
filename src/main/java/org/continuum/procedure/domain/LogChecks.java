package org.continuum.procedure.domain;

import org.continuum.shared.domain.PatientIdentifierGuard;

/**
 * What an entry is checked and coded by as it is logged or corrected: the patient-identifier check
 * for its free text, the coding rules in force, the diagnoses a case may carry, and whether the
 * program records fluoroscopy time and dose.
 */
public record LogChecks(
    PatientIdentifierGuard guard,
    CodingRuleBook rules,
    DiagnosisList diagnoses,
    FluoroscopyRecording fluoroscopy) {

  /** The same checks for a program that records fluoroscopy readings as given. */
  public LogChecks withFluoroscopy(FluoroscopyRecording recording) {
    return new LogChecks(guard, rules, diagnoses, recording);
  }

  /**
   * The checks for entries from another system, which cannot have recorded what the program asks
   * today: fluoroscopy time and dose are kept when given, never required.
   */
  public LogChecks forImport() {
    return fluoroscopy == FluoroscopyRecording.REQUIRED
        ? new LogChecks(guard, rules, diagnoses, FluoroscopyRecording.OPTIONAL)
        : this;
  }
}
