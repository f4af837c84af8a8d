package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.identity.application.CurrentUser;
import org.continuum.procedure.domain.MinimumProgress;
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
            .orElseThrow(() -> new RecordNotFoundException("The trainee's enrollment"));
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

  static TrainingPeriod period(
      LocalDate start, LocalDate graduation, Integer pgy, LocalDate today) {
    AcademicYear year = AcademicYear.containing(today);
    return new TrainingPeriod(start, graduation, pgy, year.start(), year.end());
  }
}
