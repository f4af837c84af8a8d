package org.continuum.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.evaluation.application.MilestoneEvidence;
import org.continuum.evaluation.domain.EvaluationTally;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.learning.application.ModuleRequirements;
import org.continuum.learning.application.RequirementStatus;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.procedure.application.ProcedureHistory;
import org.continuum.procedure.application.ProgramProgress;
import org.continuum.procedure.application.ProgressLine;
import org.continuum.procedure.application.TraineeProgress;
import org.continuum.procedure.domain.MinimumProgress;
import org.continuum.procedure.domain.PaceStatus;
import org.continuum.program.application.Enrollments;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.application.InstitutionTime;

/**
 * The requirement matrix: procedures, evaluations and modules, done against required, for one
 * trainee and as counts for a whole program. Each part is one grouped read for the cohort (the
 * minimums aggregate, the evaluation tallies, the module results).
 */
@ApplicationScoped
@Transactional
public class Requirements {

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject TraineeProgress progress;
  @Inject MinimumsReport minimums;
  @Inject MilestoneEvidence evaluations;
  @Inject ModuleRequirements modules;
  @Inject Enrollments enrollments;
  @Inject PeopleDirectory people;

  /**
   * One trainee's matrix: for the trainee and their program's director, committee and coordinator.
   */
  public RequirementMatrix of(long programId, long traineeId) {
    access.requireTraineeProgressReadable(programId, traineeId);
    ProgramProgress procedures = progress.of(programId, traineeId);
    List<RequirementMatrix.Line> procedureLines = new ArrayList<>();
    for (ProgressLine l : procedures.lines()) {
      MinimumProgress p = l.progress();
      procedureLines.add(
          new RequirementMatrix.Line(
              l.minimum().label(),
              p.pending() + " waiting for verification",
              p.verified(),
              p.required(),
              RequirementState.of(p)));
    }
    List<RequirementMatrix.Line> evaluationLines = new ArrayList<>();
    for (EvaluationTally t : evaluations.tallies(programId, List.of(traineeId), time.today())) {
      evaluationLines.add(
          new RequirementMatrix.Line(
              t.kind().label(),
              t.overdue() == 0 ? "" : t.overdue() + " overdue",
              t.signed(),
              t.requested(),
              RequirementState.of(t)));
    }
    List<RequirementMatrix.Line> moduleLines = new ArrayList<>();
    // a score is the trainee's, their director's and committee's: the coordinator sees states only
    boolean scores =
        access.isSelf(traineeId)
            || access.holdsInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER);
    for (RequirementStatus s : modules.statusOf(programId, traineeId)) {
      moduleLines.add(
          new RequirementMatrix.Line(
              s.moduleTitle(),
              "required "
                  + s.when()
                  + (s.dueOn() == null ? "" : " (" + s.dueOn() + ")")
                  + (s.bestScore() == null || !scores ? "" : "; best score " + s.bestScore() + "%"),
              s.isDone() ? 1 : 0,
              1,
              RequirementState.of(s)));
    }
    return new RequirementMatrix(
        programId,
        procedures.programName(),
        traineeId,
        people.displayNames(List.of(traineeId)).getOrDefault(traineeId, ""),
        procedures.pgy(),
        procedureLines,
        evaluationLines,
        moduleLines);
  }

  /**
   * One trainee's procedure minimums month by month against the pace: for whoever may read the
   * matrix.
   */
  public ProcedureHistory history(long programId, long traineeId) {
    access.requireTraineeProgressReadable(programId, traineeId);
    return progress.history(programId, traineeId);
  }

  /** Every trainee in training this year, counted against the requirements (leadership). */
  public RequirementOverview overview(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    MinimumsReport.Report report = minimums.report(programId, null);
    List<RosterRow> roster =
        enrollments.wholeRoster(programId, enrollments.currentAcademicYear(), Map.of());
    List<Long> ids = roster.stream().map(RosterRow::traineeId).toList();
    Map<Long, EvaluationCount> tallies = new HashMap<>();
    for (EvaluationTally t : evaluations.tallies(programId, ids, time.today())) {
      tallies.merge(t.traineeId(), EvaluationCount.of(t), EvaluationCount::plus);
    }
    Map<Long, List<RequirementStatus>> required = modules.statusOfAll(programId, roster);
    Map<Long, MinimumsReport.Row> minimumRows = new HashMap<>();
    report.rows().forEach(r -> minimumRows.put(r.traineeId(), r));
    List<RequirementOverview.Row> rows = new ArrayList<>();
    for (RosterRow t : roster) {
      MinimumsReport.Row m = minimumRows.get(t.traineeId());
      List<MinimumProgress> cells = m == null ? List.of() : m.cells();
      EvaluationCount e = tallies.getOrDefault(t.traineeId(), EvaluationCount.NONE);
      List<RequirementStatus> mods = required.getOrDefault(t.traineeId(), List.of());
      rows.add(
          new RequirementOverview.Row(
              t.traineeId(),
              t.displayName(),
              t.pgy(),
              cells.stream().filter(c -> c.verified() >= c.required()).count(),
              cells.size(),
              cells.stream().filter(c -> c.status() == PaceStatus.BEHIND).count(),
              e.signed(),
              e.requested(),
              e.overdue(),
              mods.stream().filter(RequirementStatus::isDone).count(),
              mods.size(),
              mods.stream().filter(RequirementStatus::overdue).count()));
    }
    return new RequirementOverview(programId, report.academicYear(), rows);
  }

  /** A trainee's evaluations of every kind together. */
  private record EvaluationCount(long signed, long requested, long overdue) {

    static final EvaluationCount NONE = new EvaluationCount(0, 0, 0);

    static EvaluationCount of(EvaluationTally t) {
      return new EvaluationCount(t.signed(), t.requested(), t.overdue());
    }

    EvaluationCount plus(EvaluationCount other) {
      return new EvaluationCount(
          signed + other.signed, requested + other.requested, overdue + other.overdue);
    }
  }
}
