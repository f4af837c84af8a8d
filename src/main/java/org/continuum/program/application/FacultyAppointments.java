package org.continuum.program.application;

import static org.continuum.audit.domain.AuditEventType.FACULTY_APPOINTED;
import static org.continuum.audit.domain.AuditEventType.FACULTY_APPOINTMENT_ENDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.FacultyAppointment;
import org.continuum.program.domain.FacultyAppointmentRepository;
import org.continuum.program.domain.FacultyRow;
import org.continuum.program.domain.Program;
import org.continuum.program.domain.ProgramRepository;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/** The program director or coordinator appoints faculty to teach in the program, and ends it. */
@ApplicationScoped
@Transactional
public class FacultyAppointments {

  static final String SUBJECT = "faculty-appointment";
  private static final Role[] MANAGERS = {Role.PROGRAM_DIRECTOR, Role.COORDINATOR};

  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ProgramRepository programs;
  @Inject FacultyAppointmentRepository appointments;
  @Inject PeopleDirectory people;
  @Inject RoleAssignments roles;
  @Inject AuditTrail audit;

  public long appoint(long programId, Long facultyId, String title, LocalDate startDate) {
    access.requireInProgram(programId, MANAGERS);
    Program program =
        programs
            .findById(programId)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("facultyAppointments.program")));
    long id = Check.required("facultyId", Wording.of("label.facultyMember"), facultyId);
    people.requireActivePerson(id);
    if (appointments.findCurrent(programId, id).isPresent()) {
      throw new RuleViolationException(
          Wording.of("facultyAppointments.personAlreadyTeachesProgram"));
    }
    FacultyAppointment appointment = new FacultyAppointment(program, id, title, startDate);
    appointments.add(appointment);
    roles.grant(id, programId, Role.FACULTY);
    audit.record(FACULTY_APPOINTED, SUBJECT, appointment.getId(), programId, "faculty " + id);
    return appointment.getId();
  }

  /** Ends the appointment; the person keeps their records but no longer acts as faculty here. */
  public void end(long appointmentId, long expectedVersion, LocalDate on) {
    FacultyAppointment appointment =
        appointments
            .findById(appointmentId)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("facultyAppointments.appointment")));
    long programId = appointment.getProgram().getId();
    access.requireInProgram(programId, MANAGERS);
    appointment.requireVersion(expectedVersion);
    appointment.end(on);
    roles.revoke(appointment.getFacultyId(), programId, Role.FACULTY);
    audit.record(FACULTY_APPOINTMENT_ENDED, SUBJECT, appointmentId, programId, "ended " + on);
  }

  public boolean teaches(long programId, long facultyId) {
    access.requireInProgram(programId, MANAGERS);
    return appointments.findCurrent(programId, facultyId).isPresent();
  }

  public List<FacultyRow> list(long programId) {
    access.requireInProgram(
        programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER, Role.FACULTY);
    return appointments.listByProgram(programId);
  }

  /** The signed-in faculty member's own appointments. */
  public List<FacultyAppointmentView> mine() {
    access.requireSignedIn();
    return appointments.findByFaculty(currentUser.accountId()).stream()
        .map(FacultyAppointmentView::of)
        .toList();
  }
}
