package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;

/**
 * One trainee's requirements in one view: procedure minimums, evaluations about them and required
 * case modules, each done against required.
 */
public record RequirementMatrix(
    long programId,
    String programName,
    long traineeId,
    String traineeName,
    Integer pgy,
    List<Line> procedures,
    List<Line> evaluations,
    List<Line> modules)
    implements Serializable {

  /** A requirement: what, when or how, done of required, and where the trainee stands. */
  public record Line(
      String requirement, String detail, long done, long required, RequirementState status)
      implements Serializable {

    public boolean met() {
      return status == RequirementState.MET;
    }
  }
}
