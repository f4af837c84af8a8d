package org.continuum.program.application;

import static org.continuum.audit.domain.AuditEventType.ROTATION_ASSIGNED;
import static org.continuum.audit.domain.AuditEventType.ROTATION_ASSIGNMENT_REMOVED;
import static org.continuum.audit.domain.AuditEventType.ROTATION_SAVED;
import static org.continuum.audit.domain.AuditEventType.ROTATION_TEACHER_ADDED;
import static org.continuum.audit.domain.AuditEventType.ROTATION_TEACHER_ENDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.continuum.audit.application.AuditTrail;
import org.continuum.competency.application.Frameworks;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.program.domain.CurriculumRepository;
import org.continuum.program.domain.EndedBlock;
import org.continuum.program.domain.EnrollmentRepository;
import org.continuum.program.domain.FacultyAppointmentRepository;
import org.continuum.program.domain.Rotation;
import org.continuum.program.domain.RotationAssignment;
import org.continuum.program.domain.RotationObjective;
import org.continuum.program.domain.RotationTeacher;
import org.continuum.program.domain.TeacherRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * A program's curriculum: its rotations with objectives mapped to the program's subcompetencies,
 * the block schedule, and who teaches on each rotation. Everyone in the program reads the
 * rotations; the program director and coordinators edit; faculty and leadership read the whole
 * schedule, trainees their own blocks.
 */
@ApplicationScoped
@Transactional
public class Curriculum {

  static final String SUBJECT = "rotation";

  private static final Role[] EDITORS = {Role.PROGRAM_DIRECTOR, Role.COORDINATOR};
  private static final Role[] SCHEDULE_READERS = {
    Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER, Role.FACULTY
  };

  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject CurriculumRepository curriculum;
  @Inject EnrollmentRepository enrollments;
  @Inject FacultyAppointmentRepository appointments;
  @Inject Frameworks frameworks;
  @Inject InstitutionTime time;
  @Inject AuditTrail audit;

  public List<RotationView> rotations(long programId) {
    access.requireInProgram(programId, Role.values());
    return curriculum.rotations(programId).stream().map(RotationView::of).toList();
  }

  /** Creates (no id) or changes a rotation; objectives must map to the program's framework. */
  public RotationView saveRotation(long programId, RotationForm form) {
    access.requireInProgram(programId, EDITORS);
    Rotation rotation;
    if (form.id() == null) {
      rotation = new Rotation(programId);
    } else {
      rotation = rotationIn(programId, form.id());
      rotation.requireVersion(form.version() == null ? -1 : form.version());
    }
    String code = form.code() == null ? null : form.code().strip().toUpperCase(Locale.ROOT);
    curriculum
        .rotation(programId, code == null ? "" : code)
        .filter(other -> !other.equals(rotation))
        .ifPresent(
            other -> {
              throw new InvalidInputException(
                  "code", Wording.of("curriculum.codeAlreadyUsed", code, other.getName()));
            });
    rotation.describe(
        code,
        form.name(),
        form.site(),
        form.lengthWeeks() == null ? 0 : form.lengthWeeks(),
        form.goals(),
        objectives(programId, form.objectives()));
    if (Boolean.FALSE.equals(form.active())) {
      rotation.retire();
    } else {
      rotation.reinstate();
    }
    if (form.id() == null) {
      curriculum.add(rotation);
    }
    curriculum.flush();
    audit.record(ROTATION_SAVED, SUBJECT, rotation.getId(), programId, rotation.getCode());
    return RotationView.of(rotation);
  }

  /** The program's blocks that share a day with the range, for its faculty and leadership. */
  public List<AssignmentRow> schedule(long programId, LocalDate from, LocalDate to) {
    access.requireInProgram(programId, SCHEDULE_READERS);
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", Wording.of("curriculum.chooseRangeWhoseEnd"));
    }
    return curriculum.schedule(programId, from, to);
  }

  /**
   * A trainee's blocks in a program, by start: for the trainee, their program's leadership and the
   * coordinator who keeps the schedule.
   */
  public List<AssignmentRow> blocksOf(long programId, long traineeId) {
    access.requireTraineeProgressReadable(programId, traineeId);
    return curriculum.scheduleOf(programId, traineeId);
  }

  /** The signed-in trainee's current and next blocks, in every program they train in. */
  public List<AssignmentRow> myCurrentAndNext(int howMany) {
    LocalDate today = time.today();
    List<AssignmentRow> blocks = new ArrayList<>();
    for (long programId : currentUser.programIds(Role.RESIDENT, Role.FELLOW)) {
      curriculum.scheduleOf(programId, currentUser.accountId()).stream()
          .filter(b -> !b.endDate().isBefore(today))
          .limit(howMany)
          .forEach(blocks::add);
    }
    return blocks;
  }

  /** Puts a trainee of the program on a rotation; blocks of one trainee never overlap. */
  public AssignmentRow assign(
      long programId, Long traineeId, Long rotationId, LocalDate start, LocalDate end) {
    access.requireInProgram(programId, EDITORS);
    Check.required("traineeId", Wording.of("label.trainee"), traineeId);
    Rotation rotation =
        rotationIn(
            programId, Check.required("rotationId", Wording.of("label.rotation"), rotationId));
    if (enrollments.findActive(programId, traineeId).isEmpty()) {
      throw new InvalidInputException(
          "traineeId", Wording.of("curriculum.chooseTraineeTrainingProgram"));
    }
    RotationAssignment assignment = new RotationAssignment(rotation, traineeId, start, end);
    requireNoOverlap(assignment, start, end);
    curriculum.add(assignment);
    curriculum.flush();
    audit.record(
        ROTATION_ASSIGNED,
        SUBJECT,
        rotation.getId(),
        programId,
        "trainee " + traineeId + " " + start + " to " + end);
    return row(programId, assignment);
  }

  public void reschedule(long assignmentId, long expectedVersion, LocalDate start, LocalDate end) {
    RotationAssignment assignment = editableAssignment(assignmentId, expectedVersion);
    assignment.reschedule(start, end);
    requireNoOverlap(assignment, start, end);
    audit.record(
        ROTATION_ASSIGNED,
        SUBJECT,
        assignment.getRotation().getId(),
        assignment.getProgramId(),
        "moved to " + start + " to " + end);
  }

  public void unassign(long assignmentId, long expectedVersion) {
    RotationAssignment assignment = editableAssignment(assignmentId, expectedVersion);
    curriculum.remove(assignment);
    audit.record(
        ROTATION_ASSIGNMENT_REMOVED,
        SUBJECT,
        assignment.getRotation().getId(),
        assignment.getProgramId(),
        "trainee " + assignment.getTraineeId() + " from " + assignment.getStartDate());
  }

  public List<TeacherRow> teachers(long programId) {
    access.requireInProgram(programId, Role.values());
    return curriculum.teachers(programId);
  }

  /** A current faculty member of the program starts teaching on the rotation. */
  public void addTeacher(long programId, Long rotationId, Long facultyId, LocalDate from) {
    access.requireInProgram(programId, EDITORS);
    Rotation rotation =
        rotationIn(
            programId, Check.required("rotationId", Wording.of("label.rotation"), rotationId));
    Check.required("facultyId", Wording.of("label.facultyMember"), facultyId);
    if (appointments.findCurrent(programId, facultyId).isEmpty()) {
      throw new InvalidInputException(
          "facultyId", Wording.of("curriculum.chooseFacultyMemberAppointed"));
    }
    boolean already =
        curriculum.teachers(programId).stream()
            .anyMatch(
                t ->
                    t.rotationId() == rotation.getId()
                        && t.facultyId() == facultyId
                        && t.endDate() == null);
    if (already) {
      throw new RuleViolationException(
          Wording.of("curriculum.theyAlreadyTeach", rotation.getName()));
    }
    curriculum.add(new RotationTeacher(rotation, facultyId, from));
    audit.record(
        ROTATION_TEACHER_ADDED, SUBJECT, rotation.getId(), programId, "faculty " + facultyId);
  }

  public void endTeacher(long teacherId, long expectedVersion, LocalDate on) {
    RotationTeacher teacher =
        curriculum
            .teacher(teacherId)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("curriculum.teachingAssignment")));
    long programId = teacher.getRotation().getProgramId();
    access.requireInProgram(programId, EDITORS);
    teacher.requireVersion(expectedVersion);
    teacher.end(on);
    audit.record(
        ROTATION_TEACHER_ENDED,
        SUBJECT,
        teacher.getRotation().getId(),
        programId,
        "faculty " + teacher.getFacultyId() + " on " + on);
  }

  /**
   * Blocks that ended in the range, with who taught on them, for issuing evaluations: in one
   * program for its director or coordinator, in every program for the system's daily job.
   */
  public List<EndedBlock> endedBetween(Long programId, LocalDate from, LocalDate to) {
    if (programId == null) {
      access.requireAdmin();
    } else {
      access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    }
    return curriculum.endedBetween(programId, from, to);
  }

  /** Whether a faculty member teaches a trainee, by the schedule (for other contexts' checks). */
  public boolean teaches(long facultyId, long traineeId) {
    return curriculum.teaches(facultyId, traineeId);
  }

  /** The trainees the signed-in faculty member teaches today. */
  public List<AssignmentRow> taughtToday() {
    return curriculum.taughtOn(currentUser.accountId(), time.today());
  }

  private List<RotationObjective> objectives(
      long programId, List<RotationView.Objective> objectives) {
    if (objectives == null || objectives.isEmpty()) {
      return List.of();
    }
    Set<String> known = frameworks.codesOf(programId);
    List<RotationObjective> result = new ArrayList<>();
    for (RotationView.Objective o : objectives) {
      if (o == null || o.text() == null || o.text().isBlank()) {
        continue; // an empty row on the form
      }
      Set<String> codes = new TreeSet<>();
      for (String code : o.subcompetencies() == null ? List.<String>of() : o.subcompetencies()) {
        String clean = code.strip();
        if (!known.contains(clean)) {
          throw new InvalidInputException(
              "objectives",
              known.isEmpty()
                  ? Wording.of("curriculum.chooseProgramsCompetencyFramework")
                  : Wording.of("curriculum.objectiveNamesWhichPrograms", o.text().strip(), clean));
        }
        codes.add(clean);
      }
      result.add(new RotationObjective(o.text(), List.copyOf(codes)));
    }
    return result;
  }

  private void requireNoOverlap(RotationAssignment assignment, LocalDate start, LocalDate end) {
    for (RotationAssignment other : curriculum.overlapping(assignment.getTraineeId(), start, end)) {
      if (!other.equals(assignment)) {
        throw new InvalidInputException(
            "startDate",
            Wording.of(
                "curriculum.traineeBlocksOverlap",
                other.getRotation().getName(),
                other.getStartDate(),
                other.getEndDate()));
      }
    }
  }

  private RotationAssignment editableAssignment(long id, long expectedVersion) {
    RotationAssignment assignment =
        curriculum
            .assignment(id)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("curriculum.block")));
    access.requireInProgram(assignment.getProgramId(), EDITORS);
    assignment.requireVersion(expectedVersion);
    return assignment;
  }

  private Rotation rotationIn(long programId, long rotationId) {
    return curriculum
        .rotation(rotationId)
        .filter(r -> r.getProgramId() == programId)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("curriculum.rotation")));
  }

  private AssignmentRow row(long programId, RotationAssignment a) {
    return curriculum.scheduleOf(programId, a.getTraineeId()).stream()
        .filter(r -> r.id() == a.getId())
        .findFirst()
        .orElseThrow();
  }
}
