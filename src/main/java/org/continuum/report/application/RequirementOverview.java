package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;

/** Every trainee of a program against its requirements, counted, for the director. */
public record RequirementOverview(long programId, String academicYear, List<Row> rows)
    implements Serializable {

  /** One trainee: minimums met, evaluations signed, required modules passed, and what is late. */
  public record Row(
      long traineeId,
      String traineeName,
      Integer pgy,
      long minimumsMet,
      long minimumsTotal,
      long minimumsBehind,
      long evaluationsSigned,
      long evaluationsRequested,
      long evaluationsOverdue,
      long modulesPassed,
      long modulesRequired,
      long modulesOverdue)
      implements Serializable {}
}
