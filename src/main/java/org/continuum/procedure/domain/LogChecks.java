package org.continuum.procedure.domain;

import org.continuum.shared.domain.PatientIdentifierGuard;

/**
 * What an entry is checked and coded by as it is logged or corrected: the patient-identifier check
 * for its free text, and the coding rules in force for its program.
 */
public record LogChecks(PatientIdentifierGuard guard, CodingRuleBook rules) {}
