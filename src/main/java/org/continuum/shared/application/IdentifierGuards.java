package org.continuum.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.shared.domain.FirstNames;
import org.continuum.shared.domain.PatientIdentifierGuard;

/**
 * The patient-identifier guard with its name list and the institution's people wired in. People are
 * looked up only when the text holds something that reads as a full name, and then afresh, so a
 * colleague added a moment ago may be named at once.
 */
@ApplicationScoped
public class IdentifierGuards {

  @Inject FirstNames firstNames;
  @Inject KnownPeople people;

  public PatientIdentifierGuard guard() {
    return new PatientIdentifierGuard(firstNames)
        .knowing(
            (given, surname) ->
                people.displayNamesWith(given, surname).stream()
                    .anyMatch(
                        name ->
                            PatientIdentifierGuard.namePairs(name)
                                .contains(given + " " + surname)));
  }
}
