package org.continuum.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.domain.CohortRating;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationTally;
import org.continuum.evaluation.domain.MilestoneRating;
import org.continuum.evaluation.domain.NarrativeComment;

/**
 * A trainee's evaluation evidence for the competency committee, read as projections. No access
 * check here: the committee's use case has made its own (program role) before calling.
 */
@ApplicationScoped
@Transactional
public class MilestoneEvidence {

  @Inject EvaluationRepository evaluations;

  public List<MilestoneRating> ratings(long programId, long traineeId, LocalDate upTo) {
    return evaluations.milestoneRatings(programId, traineeId, upTo);
  }

  public List<NarrativeComment> comments(
      long programId, long traineeId, LocalDate from, LocalDate to) {
    return evaluations.comments(programId, traineeId, from, to);
  }

  public List<CohortRating> cohortRatings(long programId, LocalDate from, LocalDate to) {
    return evaluations.cohortRatings(programId, from, to);
  }

  public List<CompletionRow> completion(
      long programId, LocalDate from, LocalDate to, LocalDate today) {
    return evaluations.completion(programId, from, to, today);
  }

  /** Evaluations about the trainees, per kind: asked for, signed, overdue today. */
  public List<EvaluationTally> tallies(
      long programId, java.util.Collection<Long> traineeIds, LocalDate today) {
    return evaluations.tallies(programId, traineeIds, today);
  }
}
