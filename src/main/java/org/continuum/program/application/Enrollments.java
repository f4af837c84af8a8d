package org.continuum.program.application;

import static org.continuum.audit.domain.AuditEventType.ENROLLMENT_UPDATED;
import static org.continuum.audit.domain.AuditEventType.TRAINEE_ENROLLED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.Enrollment;
import org.continuum.program.domain.EnrollmentRepository;
import org.continuum.program.domain.Program;
import org.continuum.program.domain.ProgramKind;
import org.continuum.program.domain.ProgramRepository;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Trainees in programs: the program director or coordinator enrolls, sets PGY levels and dates, and
 * ends training; the roster is read by them and the competency committee.
 */
@ApplicationScoped
@Transactional
public class Enrollments {

  static final String SUBJECT = "enrollment";
  private static final Role[] MANAGERS = {Role.PROGRAM_DIRECTOR, Role.COORDINATOR};
  private static final Role[] ROSTER_READERS = {
    Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER
  };

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ProgramRepository programs;
  @Inject EnrollmentRepository enrollments;
  @Inject PeopleDirectory people;
  @Inject RoleAssignments roles;
  @Inject AuditTrail audit;

  public long enroll(long programId, EnrollTrainee request) {
    access.requireInProgram(programId, MANAGERS);
    Program program =
        programs
            .findById(programId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("enrollments.program")));
    long traineeId = Check.required("traineeId", Wording.of("label.trainee"), request.traineeId());
    people.requireActivePerson(traineeId);
    if (enrollments.findActive(programId, traineeId).isPresent()) {
      throw new RuleViolationException(Wording.of("enrollments.personAlreadyTrainingProgram"));
    }
    Enrollment enrollment =
        new Enrollment(
            program,
            traineeId,
            request.startDate(),
            request.expectedGraduation(),
            Check.required("pgy", Wording.of("label.pgyLevelStart"), request.pgyAtStart()));
    enrollments.add(enrollment);
    roles.grant(traineeId, programId, traineeRole(program));
    audit.record(
        TRAINEE_ENROLLED,
        SUBJECT,
        enrollment.getId(),
        programId,
        "trainee " + traineeId + ", PGY-" + request.pgyAtStart() + " from " + request.startDate());
    return enrollment.getId();
  }

  public void setPgy(long enrollmentId, long expectedVersion, AcademicYear year, int pgy) {
    Enrollment enrollment = managed(enrollmentId, expectedVersion);
    enrollment.setPgy(year, pgy);
    audit.record(
        ENROLLMENT_UPDATED,
        SUBJECT,
        enrollmentId,
        enrollment.getProgram().getId(),
        "PGY-" + pgy + " in " + year.label());
  }

  public void reschedule(
      long enrollmentId, long expectedVersion, LocalDate startDate, LocalDate expectedGraduation) {
    Enrollment enrollment = managed(enrollmentId, expectedVersion);
    enrollment.reschedule(startDate, expectedGraduation);
    audit.record(
        ENROLLMENT_UPDATED,
        SUBJECT,
        enrollmentId,
        enrollment.getProgram().getId(),
        "dates " + startDate + " to " + expectedGraduation);
  }

  public void complete(long enrollmentId, long expectedVersion, LocalDate on) {
    Enrollment enrollment = managed(enrollmentId, expectedVersion);
    enrollment.complete(on);
    audit.record(
        ENROLLMENT_UPDATED,
        SUBJECT,
        enrollmentId,
        enrollment.getProgram().getId(),
        "completed " + on);
  }

  public void withdraw(long enrollmentId, long expectedVersion, LocalDate on) {
    Enrollment enrollment = managed(enrollmentId, expectedVersion);
    enrollment.withdraw(on);
    audit.record(
        ENROLLMENT_UPDATED,
        SUBJECT,
        enrollmentId,
        enrollment.getProgram().getId(),
        "withdrawn " + on);
  }

  public boolean isInTraining(long programId, long traineeId) {
    access.requireInProgram(programId, ROSTER_READERS);
    return enrollments.findActive(programId, traineeId).isPresent();
  }

  public Page<RosterRow> roster(long programId, AcademicYear year, PageRequest request) {
    access.requireInProgram(programId, ROSTER_READERS);
    return enrollments.roster(programId, year, request);
  }

  /**
   * The whole roster, read page by page, sorted by name: for reports and imports that need every
   * trainee of a program. {@code filters} as for {@link #roster}.
   */
  public List<RosterRow> wholeRoster(
      long programId, AcademicYear year, Map<String, String> filters) {
    access.requireInProgram(programId, ROSTER_READERS);
    List<RosterRow> all = new ArrayList<>();
    int offset = 0;
    while (true) {
      Page<RosterRow> page =
          enrollments.roster(
              programId,
              year,
              new PageRequest(offset, PageRequest.MAX_LIMIT, "displayName", true, filters));
      all.addAll(page.items());
      offset += page.items().size();
      if (page.items().isEmpty() || offset >= page.total()) {
        return all;
      }
    }
  }

  /** The signed-in trainee's own enrollments, with their PGY this academic year. */
  public List<TraineeEnrollmentView> mine() {
    access.requireSignedIn();
    AcademicYear year = currentAcademicYear();
    return enrollments.findByTrainee(currentUser.accountId()).stream()
        .map(e -> TraineeEnrollmentView.of(e, year))
        .toList();
  }

  /**
   * A trainee's enrollment in a program, with the PGY of the current academic year: for the trainee
   * themselves and for the program's leadership and committee.
   */
  public Optional<TraineeEnrollmentView> enrollmentOf(long programId, long traineeId) {
    boolean self = currentUser.isSignedIn() && currentUser.accountId() == traineeId;
    if (!self) {
      access.requireInProgram(programId, ROSTER_READERS);
    }
    AcademicYear year = currentAcademicYear();
    return enrollments.findByTrainee(traineeId).stream()
        .filter(e -> e.getProgram().getId() == programId)
        .findFirst()
        .map(e -> TraineeEnrollmentView.of(e, year));
  }

  public AcademicYear currentAcademicYear() {
    return AcademicYear.containing(time.today());
  }

  private Enrollment managed(long enrollmentId, long expectedVersion) {
    Enrollment enrollment =
        enrollments
            .findById(enrollmentId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("enrollments.enrollment")));
    access.requireInProgram(enrollment.getProgram().getId(), MANAGERS);
    enrollment.requireVersion(expectedVersion);
    return enrollment;
  }

  static Role traineeRole(Program program) {
    return program.getKind() == ProgramKind.RESIDENCY ? Role.RESIDENT : Role.FELLOW;
  }
}
