package org.continuum.program.application;

import java.time.LocalDate;
import org.continuum.program.domain.Enrollment;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.shared.domain.AcademicYear;

/** An enrollment as its trainee sees it, with the PGY of the given academic year. */
public record TraineeEnrollmentView(
    long enrollmentId,
    ProgramView program,
    EnrollmentStatus status,
    LocalDate startDate,
    LocalDate expectedGraduation,
    LocalDate endDate,
    String academicYear,
    Integer pgy) {

  static TraineeEnrollmentView of(Enrollment e, AcademicYear year) {
    return new TraineeEnrollmentView(
        e.getId(),
        ProgramView.of(e.getProgram()),
        e.getStatus(),
        e.getStartDate(),
        e.getExpectedGraduation(),
        e.getEndDate(),
        year.label(),
        e.pgyIn(year).isPresent() ? e.pgyIn(year).getAsInt() : null);
  }
}
