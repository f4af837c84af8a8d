package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.procedure.domain.FirstNames;
import org.continuum.procedure.domain.PatientIdentifierGuard;

/** The patient-identifier guard with its name list wired in. */
@ApplicationScoped
public class IdentifierGuards {

  @Inject FirstNames firstNames;

  public PatientIdentifierGuard guard() {
    return new PatientIdentifierGuard(firstNames);
  }
}
