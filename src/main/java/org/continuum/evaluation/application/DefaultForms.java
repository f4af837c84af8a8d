package org.continuum.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.evaluation.domain.DefaultForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;

/**
 * Pins a program's default form of a kind before a second form of the kind could take its place:
 * when another form is published or attached to a rotation, what every other rotation used so far
 * stays theirs.
 */
@ApplicationScoped
public class DefaultForms {

  @Inject EvaluationFormRepository forms;

  /** Pins today's default, unless one is pinned or today's default is {@code arrivingCode}. */
  void pinBefore(long programId, EvaluationKind kind, String arrivingCode) {
    if (forms.defaultForm(programId, kind).isPresent()) {
      return;
    }
    forms
        .currentFor(programId, kind)
        .filter(current -> !current.getCode().equals(arrivingCode))
        .ifPresent(current -> forms.add(new DefaultForm(programId, current)));
  }
}
