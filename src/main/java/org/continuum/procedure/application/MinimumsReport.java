package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.MinimumProgress;
import org.continuum.procedure.domain.PaceStatus;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.ProcedureMinimumRepository;
import org.continuum.procedure.domain.TrainingPeriod;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.Table;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Wording;

/**
 * The program director's minimums report: every trainee in training against every minimum, with
 * verified and pending counts and the pace. One aggregate query for the whole program, whatever its
 * size; the trainees come from the roster.
 */
@ApplicationScoped
@Transactional
public class MinimumsReport {

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject ProgramDirectory programs;
  @Inject Enrollments enrollments;
  @Inject ProcedureMinimumRepository minimums;
  @Inject ProcedureLogRepository logs;
  @Inject CatalogCache catalog;

  /** One trainee's line: a cell per minimum, in the report's minimum order. */
  public record Row(long traineeId, String traineeName, Integer pgy, List<MinimumProgress> cells)
      implements Serializable {

    public long behind() {
      return cells.stream().filter(c -> c.status() == PaceStatus.BEHIND).count();
    }
  }

  public record Report(
      long programId,
      String programName,
      String academicYear,
      List<MinimumView> minimums,
      List<Row> rows)
      implements Serializable {}

  /**
   * @param pgy only trainees in this PGY this academic year; null for all
   */
  public Report report(long programId, Integer pgy) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    String programName = programs.get(programId).name();
    AcademicYear year = enrollments.currentAcademicYear();
    List<ProcedureMinimum> defined = minimums.ofProgram(programId);
    List<RosterRow> roster = trainees(programId, year, pgy);
    // only the roster's entries: a program's graduates hold as many as its trainees
    MinimumCounts counts =
        MinimumCounts.of(
            defined,
            logs.countsForTrainees(programId, roster.stream().map(RosterRow::traineeId).toList()),
            catalog.categoryOfProcedure(),
            programs.countsImportedLogs(programId));
    LocalDate today = time.today();
    List<Row> rows = new ArrayList<>();
    for (RosterRow trainee : roster) {
      TrainingPeriod period =
          TraineeProgress.period(
              trainee.startDate(), trainee.expectedGraduation(), trainee.pgy(), today);
      List<MinimumProgress> cells = counts.progress(trainee.traineeId(), period, today);
      rows.add(new Row(trainee.traineeId(), trainee.displayName(), trainee.pgy(), cells));
    }
    return new Report(
        programId, programName, year.label(), defined.stream().map(MinimumView::of).toList(), rows);
  }

  /** The report as a table for CSV and XLSX: a verified, pending and status column per minimum. */
  public Table table(Report report) {
    List<String> headers = new ArrayList<>(List.of("Trainee", "PGY"));
    for (MinimumView m : report.minimums()) {
      headers.add(m.label() + " verified (of " + m.requiredCount() + ")");
      headers.add(m.label() + " pending");
      headers.add(m.label() + " status");
    }
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : report.rows()) {
      List<Object> cells = new ArrayList<>();
      cells.add(row.traineeName());
      cells.add(row.pgy());
      for (MinimumProgress p : row.cells()) {
        cells.add(p.verified());
        cells.add(p.pending());
        cells.add(p.status().title());
      }
      rows.add(cells);
    }
    return new Table(
        Wording.of("minimumsReport.minimums", report.programName(), report.academicYear()),
        headers,
        rows);
  }

  private List<RosterRow> trainees(long programId, AcademicYear year, Integer pgy) {
    return enrollments.wholeRoster(
        programId, year, pgy == null ? Map.of() : Map.of("pgy", pgy.toString()));
  }
}
