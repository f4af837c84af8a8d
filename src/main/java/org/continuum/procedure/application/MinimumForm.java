package org.continuum.procedure.application;

import java.util.Map;
import java.util.Set;
import org.continuum.procedure.domain.TraineeRole;

/**
 * A minimum as the program director edits it: counts either a category or one procedure; id and
 * version are null for a new one.
 */
public record MinimumForm(
    Long id,
    Long version,
    String label,
    Long categoryId,
    Long procedureTypeId,
    Integer requiredCount,
    Set<TraineeRole> countedRoles,
    Map<Integer, Integer> interimTargets,
    Integer displayOrder) {}
