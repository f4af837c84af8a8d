package org.continuum.procedure.domain;

import org.continuum.shared.domain.PatientIdentifierGuard;

/**
 * What an entry is checked and coded by as it is logged or corrected: the patient-identifier check
 * for its free text, the coding rules in force, the diagnoses a case may carry, whether the program
 * records fluoroscopy time and dose, and whether the entry comes from another system, which cannot
 * have recorded what the program asks today.
 */
public record LogChecks(
    PatientIdentifierGuard guard,
    CodingRuleBook rules,
    DiagnosisList diagnoses,
    FluoroscopyRecording fluoroscopy,
    boolean fromAnotherSystem) {

  /** The same checks for a program that records fluoroscopy readings as given. */
  public LogChecks withFluoroscopy(FluoroscopyRecording recording) {
    return new LogChecks(guard, rules, diagnoses, recording, fromAnotherSystem);
  }

  /**
   * The checks for entries from another system: fluoroscopy readings are kept when given and never
   * required, and "Other" complications are kept without words.
   */
  public LogChecks forImport() {
    return new LogChecks(guard, rules, diagnoses, FluoroscopyRecording.OPTIONAL, true);
  }
}
