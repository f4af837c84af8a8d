package org.continuum.evaluation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface EvaluationRepository {

  Optional<Evaluation> findById(long id);

  Optional<EvaluationRow> row(long id);

  boolean existsByRequestKey(String requestKey);

  Optional<Evaluation> findByRequestKey(String requestKey);

  void add(Evaluation evaluation);

  void add(AnonymousFeedback feedback);

  void flush();

  /** Open evaluations the person is to write, soonest due first. */
  List<EvaluationRow> openFor(long evaluatorId);

  long countOpenFor(long evaluatorId);

  long countOverdueFor(long evaluatorId, LocalDate today);

  /**
   * Signed evaluations about a trainee (by faculty, direct observations, their own
   * self-assessments), newest first.
   */
  Page<EvaluationRow> aboutTrainee(long traineeId, PageRequest request);

  /**
   * The same in one program, current versions only (an amended original gives way to its
   * amendment), every one: a trainee's record holds a few hundred at most.
   */
  List<EvaluationRow> aboutTraineeInProgram(long programId, long traineeId);

  long countUnacknowledged(long traineeId);

  /** Per trainee and kind (about trainees), requested, signed and overdue; one grouped query. */
  List<EvaluationTally> tallies(
      long programId, java.util.Collection<Long> traineeIds, LocalDate today);

  /** Evaluations the person signed, newest first. */
  Page<EvaluationRow> signedBy(long evaluatorId, PageRequest request);

  /** A program's evaluations, filtered by status, kind, trainee or "overdue". */
  Page<EvaluationRow> ofProgram(long programId, LocalDate today, PageRequest request);

  /** The unsigned amendment of an evaluation, if one is being written. */
  Optional<Evaluation> openAmendmentOf(long evaluationId);

  /** Open evaluations due by {@code dueBy} whose evaluator was not reminded on {@code today}. */
  List<Evaluation> toRemind(LocalDate dueBy, LocalDate today);

  /**
   * A trainee's milestone ratings in a program from signed evaluations that were not amended, up to
   * a day, oldest first; "not yet assessable" is left out.
   */
  List<MilestoneRating> milestoneRatings(long programId, long traineeId, LocalDate upTo);

  /** The text answers of a trainee's signed evaluations whose period ends within the range. */
  List<NarrativeComment> comments(long programId, long traineeId, LocalDate from, LocalDate to);

  /**
   * Faculty ratings (evaluations and direct observations) of a program's trainees whose period
   * ended in the range: one row per rating, bounded by the cohort and the range.
   */
  List<CohortRating> cohortRatings(long programId, LocalDate from, LocalDate to);

  /**
   * Per evaluator, counts of the program's signed-by-faculty evaluations due in the range, grouped
   * and counted in SQL.
   */
  List<CompletionRow> completion(long programId, LocalDate from, LocalDate to, LocalDate today);

  /** The program's released anonymous feedback of one academic year, answer by answer. */
  List<FeedbackRow> feedback(long programId, int academicYear);

  /** Anonymous feedback not yet released, counted by what it is about. */
  List<WaitingFeedback> waitingFeedback();

  /** Releases the group's waiting responses if at least so many still wait; returns how many. */
  int release(WaitingFeedback group, int atLeast, LocalDate on);

  /** Anonymous evaluations requested in the academic year, and the responses released. */
  AnonymousTally anonymousTally(long programId, int academicYear, LocalDate from, LocalDate to);

  /**
   * Ids of signed evaluations after {@code afterId}, in id order, at most {@code limit}: of one
   * program and trainee, or of the whole institution when both are null.
   */
  List<Long> signedIds(Long programId, Long traineeId, long afterId, int limit);

  /** The evaluations with their answers and signatures, for checking their seals. */
  List<Evaluation> withContent(java.util.Collection<Long> ids);

  /** Forgets what was read, so a check of every seal holds one batch in memory at a time. */
  void clear();
}
