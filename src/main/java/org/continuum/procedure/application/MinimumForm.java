package org.continuum.procedure.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.domain.TraineeRole;

/**
 * A minimum as the program director edits it: counts a category, one procedure or the cases whose
 * primary CPT code is one of {@code cptCodes}; id and version are null for a new one.
 */
public record MinimumForm(
    Long id,
    Long version,
    String label,
    Long categoryId,
    Long procedureTypeId,
    List<String> cptCodes,
    Integer requiredCount,
    Set<TraineeRole> countedRoles,
    Map<Integer, Integer> interimTargets,
    Integer displayOrder) {}
