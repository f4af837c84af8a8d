package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.domain.InterimTarget;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.shared.domain.Wording;

/** A program's procedure minimum as screens and the API show it. */
public record MinimumView(
    long id,
    long version,
    String label,
    Long categoryId,
    Long procedureTypeId,
    List<String> cptCodes,
    String countsWhat,
    int requiredCount,
    Set<TraineeRole> countedRoles,
    Map<Integer, Integer> interimTargets,
    int displayOrder)
    implements Serializable {

  static MinimumView of(ProcedureMinimum m) {
    Map<Integer, Integer> interim = new LinkedHashMap<>();
    for (InterimTarget t : m.getInterimTargets()) {
      interim.put(t.pgy(), t.cumulativeCount());
    }
    return new MinimumView(
        m.getId(),
        m.getVersion(),
        m.getLabel(),
        m.getCategory() == null ? null : m.getCategory().getId(),
        m.getProcedureType() == null ? null : m.getProcedureType().getId(),
        m.getCptCodes(),
        m.getCategory() != null
            ? m.getCategory().getName()
            : m.getProcedureType() != null
                ? m.getProcedureType().getName()
                : Wording.of("minimum.primaryCpt", String.join(", ", m.getCptCodes())),
        m.getRequiredCount(),
        Collections.unmodifiableSet(m.getCountedRoles()),
        Collections.unmodifiableMap(interim),
        m.getDisplayOrder());
  }

  /** "Performed, supervised a junior" */
  public String rolesText() {
    return String.join(
        ", ",
        List.of(TraineeRole.values()).stream()
            .filter(countedRoles::contains)
            .map(TraineeRole::title)
            .toList());
  }

  /** "PGY-2: 30, PGY-3: 90" */
  public String interimText() {
    return String.join(
        ", ",
        interimTargets.entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "PGY-" + e.getKey() + ": " + e.getValue())
            .toList());
  }
}
