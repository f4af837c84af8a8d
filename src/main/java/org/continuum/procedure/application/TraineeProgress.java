package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.continuum.identity.application.CurrentUser;
import org.continuum.procedure.domain.CountRow;
import org.continuum.procedure.domain.DatedCount;
import org.continuum.procedure.domain.MinimumProgress;
import org.continuum.procedure.domain.Pace;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.ProcedureMinimumRepository;
import org.continuum.procedure.domain.TrainingPeriod;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * A trainee against their program's minimums: verified and pending counts and the pace, from one
 * aggregate query per program.
 */
@ApplicationScoped
@Transactional
public class TraineeProgress {

  @Inject InstitutionTime time;
  @Inject CurrentUser currentUser;
  @Inject Enrollments enrollments;
  @Inject ProgramDirectory programs;
  @Inject ProcedureMinimumRepository minimums;
  @Inject ProcedureLogRepository logs;
  @Inject CatalogCache catalog;

  /** The signed-in trainee's progress in each program they are training in. */
  public List<ProgramProgress> mine() {
    List<ProgramProgress> result = new ArrayList<>();
    for (TraineeEnrollmentView e : enrollments.mine()) {
      if (e.status() == EnrollmentStatus.ACTIVE) {
        result.add(progress(e, currentUser.accountId()));
      }
    }
    return result;
  }

  /** One trainee's progress, for the trainee or the program's leadership and committee. */
  public ProgramProgress of(long programId, long traineeId) {
    TraineeEnrollmentView enrollment =
        enrollments
            .enrollmentOf(programId, traineeId)
            .orElseThrow(
                () ->
                    new RecordNotFoundException(Wording.of("traineeProgress.traineesEnrollment")));
    return progress(enrollment, traineeId);
  }

  private ProgramProgress progress(TraineeEnrollmentView e, long traineeId) {
    long programId = e.program().id();
    List<ProcedureMinimum> defined = minimums.ofProgram(programId);
    MinimumCounts counts =
        MinimumCounts.of(
            defined,
            logs.countsForTrainees(programId, List.of(traineeId)),
            catalog.categoryOfProcedure(),
            programs.countsImportedLogs(programId));
    LocalDate today = time.today();
    TrainingPeriod period = period(e.startDate(), e.expectedGraduation(), e.pgy(), today);
    List<MinimumProgress> progress = counts.progress(traineeId, period, today);
    List<ProgressLine> lines = new ArrayList<>();
    for (int i = 0; i < defined.size(); i++) {
      lines.add(new ProgressLine(MinimumView.of(defined.get(i)), progress.get(i)));
    }
    return new ProgramProgress(
        programId,
        e.program().name(),
        traineeId,
        e.pgy(),
        e.startDate(),
        e.expectedGraduation(),
        lines);
  }

  /**
   * The trainee's minimums month by month, from the month they started to this one (or graduation):
   * verified entries by the end of each month against what the pace asked by then. Entries dated
   * before the start count in the first month. Callers check who may read it.
   */
  public ProcedureHistory history(long programId, long traineeId) {
    TraineeEnrollmentView e =
        enrollments
            .enrollmentOf(programId, traineeId)
            .orElseThrow(
                () ->
                    new RecordNotFoundException(Wording.of("traineeProgress.traineesEnrollment")));
    LocalDate today = time.today();
    YearMonth first = YearMonth.from(e.startDate());
    YearMonth last =
        YearMonth.from(today.isBefore(e.expectedGraduation()) ? today : e.expectedGraduation());
    if (last.isBefore(first)) {
      last = first;
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    // the counts keyed by month (as 202610) where they are usually keyed by trainee
    List<CountRow> byMonth = new ArrayList<>();
    for (DatedCount d : logs.settledByDay(programId, traineeId)) {
      YearMonth month = YearMonth.from(d.performedOn());
      byMonth.add(
          new CountRow(
              key(month.isBefore(first) ? first : month),
              d.procedureTypeId(),
              d.primaryCode(),
              d.role(),
              d.status(),
              d.count()));
    }
    List<ProcedureMinimum> defined = minimums.ofProgram(programId);
    MinimumCounts counts =
        MinimumCounts.of(
            defined,
            byMonth,
            catalog.categoryOfProcedure(),
            programs.countsImportedLogs(programId));
    int startYear = AcademicYear.containing(today).startYear();
    List<ProcedureHistory.Series> series = new ArrayList<>();
    for (int i = 0; i < defined.size(); i++) {
      ProcedureMinimum minimum = defined.get(i);
      List<Integer> verified = new ArrayList<>();
      List<Integer> expected = new ArrayList<>();
      int total = 0;
      for (YearMonth month : months) {
        total += counts.of(key(month), i).verified();
        verified.add(total);
        LocalDate end = month.atEndOfMonth();
        AcademicYear then = AcademicYear.containing(end);
        Integer pgyThen = e.pgy() == null ? null : e.pgy() - (startYear - then.startYear());
        TrainingPeriod period =
            new TrainingPeriod(
                e.startDate(), e.expectedGraduation(), pgyThen, then.start(), then.end());
        expected.add(
            Pace.expectedByNow(
                minimum.getRequiredCount(), period, minimum.getInterimTargets(), end));
      }
      series.add(
          new ProcedureHistory.Series(
              minimum.getLabel(), minimum.getRequiredCount(), verified, expected));
    }
    return new ProcedureHistory(
        programId, months.stream().map(YearMonth::toString).toList(), series);
  }

  private static long key(YearMonth month) {
    return month.getYear() * 100L + month.getMonthValue();
  }

  static TrainingPeriod period(
      LocalDate start, LocalDate graduation, Integer pgy, LocalDate today) {
    AcademicYear year = AcademicYear.containing(today);
    return new TrainingPeriod(start, graduation, pgy, year.start(), year.end());
  }
}
