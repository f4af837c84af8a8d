package org.continuum.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.evaluation.application.EvaluationSeals;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.procedure.application.ProgramProgress;
import org.continuum.procedure.application.TraineeProgress;
import org.continuum.review.application.LearningPlans;
import org.continuum.review.application.PeriodSeals;
import org.continuum.review.application.Trajectories;
import org.continuum.review.application.Trajectory;
import org.continuum.shared.application.InstitutionTime;

/**
 * A trainee's portfolio in a program, for the trainee and the program's director and committee.
 * Each part is one of the bounded reads the other screens use (the trajectory, the minimums
 * aggregate, the trainee's signed evaluations, their shared plans), so its cost follows one
 * trainee's record.
 */
@ApplicationScoped
@Transactional
public class Portfolios {

  static final String SUBJECT = "portfolio";

  @Inject EvaluationSeals evaluationSeals;
  @Inject PeriodSeals periodSeals;
  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject Trajectories trajectories;
  @Inject TraineeProgress progress;
  @Inject Evaluations evaluations;
  @Inject LearningPlans plans;
  @Inject AuditTrail audit;

  public Portfolio of(long programId, long traineeId) {
    access.requireTraineeRecordReadable(programId, traineeId);
    ProgramProgress minimums = progress.of(programId, traineeId);
    Trajectory milestones = trajectories.of(programId, traineeId);
    Portfolio portfolio =
        new Portfolio(
            minimums.programName(),
            milestones.traineeName(),
            time.today(),
            minimums,
            milestones,
            evaluations.signedAbout(programId, traineeId),
            plans.sharedOf(programId, traineeId),
            // its final levels come from the program's reviews, its evaluations are the trainee's
            evaluationSeals
                .checkTrainee(programId, traineeId)
                .plus(periodSeals.checkProgram(programId)));
    audit.record(AuditEventType.PORTFOLIO_EXPORTED, SUBJECT, traineeId, programId, null);
    return portfolio;
  }
}
