package org.continuum.review.domain;

import java.util.List;
import java.util.Optional;

public interface ReviewRepository {

  Optional<ReviewPeriod> period(long id);

  Optional<ReviewPeriod> period(long programId, int academicYear, Term term);

  /** Finalised periods of a program, or of the whole institution when it is null. */
  List<ReviewPeriod> finalisedPeriods(Long programId);

  /** The program's periods, newest first. */
  List<ReviewPeriod> periods(long programId);

  void add(ReviewPeriod period);

  List<LevelProposal> proposals(long periodId);

  List<LevelProposal> proposals(long periodId, long traineeId);

  Optional<LevelProposal> proposal(long periodId, long traineeId, String code);

  void add(LevelProposal proposal);

  List<FinalLevel> finalLevels(long periodId);

  /** A trainee's final levels in every finalised period of the program. */
  List<FinalLevel> finalLevelsOf(long programId, long traineeId);

  void add(FinalLevel level);

  List<MilestoneTarget> targets(long programId);

  java.util.Optional<MilestoneTarget> target(long programId, String code, int year, Term term);

  void add(MilestoneTarget target);

  void remove(MilestoneTarget target);

  java.util.Optional<LearningPlan> plan(long periodId, long traineeId);

  java.util.Optional<LearningPlan> plan(long planId);

  /** A trainee's plans that were shared with them, in every program, newest first. */
  List<LearningPlan> sharedPlansOf(long traineeId);

  /** A trainee's plans in one program that were shared with them, newest first. */
  List<LearningPlan> sharedPlansOf(long programId, long traineeId);

  void add(LearningPlan plan);

  void flush();
}
