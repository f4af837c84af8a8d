package org.continuum.review.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.shared.domain.SealSummary;

/**
 * Everything the committee reads about one trainee for one period, with the learning plan written
 * after the review before it (null if none), so the committee reviews how its goals went, and what
 * checking the seals of the trainee's signed evaluations found (the ratings and comments come from
 * them).
 */
public record EvidencePacket(
    PeriodView period,
    long traineeId,
    String traineeName,
    Integer pgy,
    List<PacketRow> rows,
    List<MinimumLine> minimums,
    List<Comment> comments,
    PlanView previousPlan,
    SealSummary seals)
    implements Serializable {

  /** A procedure minimum and where the trainee stands against it today. */
  public record MinimumLine(String label, int verified, int required, String pace)
      implements Serializable {}

  /** A narrative comment of a signed evaluation in the period. */
  public record Comment(String kind, String periodEnd, String author, String prompt, String text)
      implements Serializable {}
}
