package org.continuum.program.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.program.domain.Rotation;

/** A rotation with its objectives, each with the subcompetency codes it serves. */
public record RotationView(
    long id,
    long version,
    String code,
    String name,
    String site,
    int lengthWeeks,
    String goals,
    boolean active,
    List<Objective> objectives)
    implements Serializable {

  /** An objective and the subcompetency codes it maps to. */
  public record Objective(String text, List<String> subcompetencies) implements Serializable {

    /** "PC4, MK1" */
    public String codes() {
      return String.join(", ", subcompetencies);
    }
  }

  static RotationView of(Rotation r) {
    return new RotationView(
        r.getId(),
        r.getVersion(),
        r.getCode(),
        r.getName(),
        r.getSite(),
        r.getLengthWeeks(),
        r.getGoals(),
        r.isActive(),
        r.getObjectives().stream()
            .map(o -> new Objective(o.getObjective(), List.copyOf(o.getSubcompetencyCodes())))
            .toList());
  }

  /** "EDX Electrodiagnosis lab" */
  public String label() {
    return code + " " + name;
  }
}
