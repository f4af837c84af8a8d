package org.continuum.procedure.domain;

import org.continuum.shared.domain.PatientIdentifierGuard;

/**
 * What an entry is checked and coded by as it is logged or corrected: the patient-identifier check
 * for its free text, the coding rules in force, and the diagnoses a case may carry.
 */
public record LogChecks(
    PatientIdentifierGuard guard, CodingRuleBook rules, DiagnosisList diagnoses) {}
