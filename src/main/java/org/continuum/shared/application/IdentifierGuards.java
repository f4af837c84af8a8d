package org.continuum.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
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

  /** A guard for one use case's texts; each name it meets is looked up once. */
  public PatientIdentifierGuard guard() {
    Map<String, Boolean> looked = new HashMap<>();
    return new PatientIdentifierGuard(firstNames)
        .knowing(
            (given, surname) ->
                looked.computeIfAbsent(
                    given + " " + surname,
                    pair ->
                        people.displayNamesWith(given, surname).stream()
                            .anyMatch(
                                name -> PatientIdentifierGuard.namePairs(name).contains(pair))));
  }
}
