package org.continuum.review.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.review.domain.RatingStats;

/**
 * The evidence for one subcompetency of one trainee in a period, with the committee's proposal and
 * (once finalised) the final level.
 */
public record PacketRow(
    String code,
    String title,
    String target,
    String previousFinal,
    RatingStats faculty,
    RatingStats observations,
    RatingStats self,
    RatingStats before,
    List<String> modules,
    Long proposalVersion,
    String proposedLevel,
    String rationale,
    String proposedBy,
    String finalLevel)
    implements Serializable {

  /** Whether the faculty median in the period is below the target (for highlighting). */
  public boolean belowTarget() {
    return faculty.median() != null
        && target != null
        && faculty.median() < Double.parseDouble(target);
  }
}
