package org.continuum.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.FacultyAppointmentRepository;
import org.continuum.program.domain.FacultyRow;
import org.continuum.shared.domain.AccessDeniedException;

/**
 * Who teaches in a program now: the supervisors a trainee may name on a procedure log. Open to
 * everyone holding a role in the program (the list is what trainees choose from).
 */
@ApplicationScoped
@Transactional
public class ProgramFaculty {

  @Inject AccessPolicy access;
  @Inject FacultyAppointmentRepository appointments;

  /** Current faculty of the program, by name. */
  public List<FacultyMember> current(long programId) {
    if (!access.holdsInProgram(programId, Role.values())) {
      throw new AccessDeniedException();
    }
    return appointments.listByProgram(programId).stream()
        .filter(row -> row.endDate() == null)
        .map(FacultyMember::of)
        .toList();
  }

  /**
   * The person as a current faculty member of the program, with their name; empty if they hold no
   * current appointment there. One read both checks a named supervisor and names them.
   */
  public Optional<FacultyMember> currentMember(long programId, long accountId) {
    access.requireSignedIn();
    return appointments
        .currentFacultyName(programId, accountId)
        .map(name -> new FacultyMember(accountId, name));
  }

  /** A faculty member as pickers show them. */
  public record FacultyMember(long id, String displayName) implements Serializable {

    static FacultyMember of(FacultyRow row) {
      return new FacultyMember(row.facultyId(), row.displayName());
    }
  }
}
