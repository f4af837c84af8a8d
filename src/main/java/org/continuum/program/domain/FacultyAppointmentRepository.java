package org.continuum.program.domain;

import java.util.List;
import java.util.Optional;

public interface FacultyAppointmentRepository {

  Optional<FacultyAppointment> findById(long id);

  Optional<FacultyAppointment> findCurrent(long programId, long facultyId);

  /** The name of the person, if they hold a current appointment in the program. */
  Optional<String> currentFacultyName(long programId, long facultyId);

  /** Current appointments first, then ended ones; by name. */
  List<FacultyRow> listByProgram(long programId);

  /** A faculty member's appointments, with their programs. */
  List<FacultyAppointment> findByFaculty(long facultyId);

  void add(FacultyAppointment appointment);
}
