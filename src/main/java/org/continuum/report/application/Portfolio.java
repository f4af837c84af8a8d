package org.continuum.report.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.procedure.application.ProgramProgress;
import org.continuum.review.application.PlanView;
import org.continuum.review.application.Trajectory;
import org.continuum.shared.domain.SealSummary;

/**
 * A trainee's record in one program, as they or their program take it away: final milestone levels
 * over the reviews, procedure minimums, signed evaluations about them and the learning plans shared
 * with them. Never the committee's proposals or deliberations, never anonymous feedback.
 */
public record Portfolio(
    String programName,
    String traineeName,
    LocalDate asOf,
    ProgramProgress minimums,
    Trajectory milestones,
    List<EvaluationRow> evaluations,
    List<PlanView> plans,
    SealSummary seals)
    implements Serializable {}
