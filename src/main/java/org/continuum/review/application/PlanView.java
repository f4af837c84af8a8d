package org.continuum.review.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuum.review.domain.LearningGoal;
import org.continuum.review.domain.LearningPlan;

/** A learning plan with its goals. */
public record PlanView(
    long id,
    long version,
    long periodId,
    String periodLabel,
    long traineeId,
    LearningPlan.Status status,
    Instant sharedAt,
    Instant acknowledgedAt,
    List<Goal> goals)
    implements Serializable {

  /** One goal. */
  public record Goal(
      int seq,
      LearningGoal.Source source,
      String subcompetencyCode,
      String goal,
      LocalDate dueOn,
      boolean met)
      implements Serializable {

    /** The goal on one line of a printed document. */
    public String printed() {
      return (met ? "[met] " : "[not yet] ") + goal + " Due " + dueOn + ".";
    }
  }

  static PlanView of(LearningPlan p, String periodLabel) {
    return new PlanView(
        p.getId(),
        p.getVersion(),
        p.getPeriodId(),
        periodLabel,
        p.getTraineeId(),
        p.getStatus(),
        p.getSharedAt(),
        p.getAcknowledgedAt(),
        p.getGoals().stream()
            .map(
                g ->
                    new Goal(
                        g.getSeq(),
                        g.getSource(),
                        g.getSubcompetencyCode(),
                        g.getGoal(),
                        g.getDueOn(),
                        g.isMet()))
            .toList());
  }
}
