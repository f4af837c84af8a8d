package org.continuum.program.domain;

import java.util.List;
import java.util.Optional;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface EnrollmentRepository {

  Optional<Enrollment> findById(long id);

  Optional<Enrollment> findActive(long programId, long traineeId);

  /** All enrollments of a trainee, newest first, with their programs. */
  List<Enrollment> findByTrainee(long traineeId);

  void add(Enrollment enrollment);

  /**
   * The program's trainees with their PGY in {@code year}. Filters: "search" (name or username
   * contains), "pgy" (a number), "status" (an {@link EnrollmentStatus} name; ACTIVE when absent,
   * "ALL" for every status). Sort fields: displayName, pgy, startDate, expectedGraduation, status.
   */
  Page<RosterRow> roster(long programId, AcademicYear year, PageRequest request);
}
