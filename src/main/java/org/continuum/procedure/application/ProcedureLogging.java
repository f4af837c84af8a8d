package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOGGED;
import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOG_REVISED;
import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOG_VOIDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.CodingFacts;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.ProgramFaculty;
import org.continuum.program.application.TraineeEnrollmentView;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * A trainee logs procedures, corrects them before verification, and voids their own mistakes.
 * Entries are made in the program the trainee is in training in, naming one of its faculty.
 */
@ApplicationScoped
@Transactional
public class ProcedureLogging {

  static final String SUBJECT = "procedure-log";

  @Inject Clock clock;
  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject ProgramLogs programLogs;
  @Inject CurrentUser currentUser;
  @Inject Enrollments enrollments;
  @Inject ProgramFaculty faculty;
  @Inject PeopleDirectory people;
  @Inject ProcedureCatalog catalogService;
  @Inject ProcedureCatalogRepository catalog;
  @Inject ProcedureLogRepository logs;
  @Inject IdentifierGuards guards;
  @Inject CodingRules coding;
  @Inject AuditTrail audit;

  /** Opens the logging screen: program, faculty and the defaults from the last entry. */
  public LoggingForm start(Long programId) {
    TraineeEnrollmentView enrollment = activeEnrollment(programId);
    long program = enrollment.program().id();
    Optional<ProcedureLog> last = logs.latest(currentUser.accountId(), program);
    List<ProgramFaculty.FacultyMember> members = faculty.current(program);
    Long supervisor =
        last.map(ProcedureLog::getSupervisorId)
            .filter(id -> members.stream().anyMatch(m -> m.id() == id))
            .orElse(null);
    return new LoggingForm(
        program,
        enrollment.program().name(),
        members,
        supervisor,
        last.map(l -> l.getDetails().getRole()).orElse(TraineeRole.PERFORMED),
        last.map(l -> l.getDetails().getSetting()).orElse(ClinicalSetting.OUTPATIENT),
        catalogService.quickPicks(),
        coding.checks(program).fluoroscopy());
  }

  /**
   * What an entry being filled in will be logged as, for the form to show before it is saved, by
   * the rules of the program named, or of the caller's one program in training (the bundled rules
   * otherwise). Reads nobody's records: the catalog and the coding rules only.
   */
  public CodingPreview preview(Long programId, LogEntry entry) {
    access.requireSignedIn();
    if (entry.getProcedureTypeId() == null) {
      return CodingPreview.waiting(Wording.of("procedureLogging.chooseProcedureSeeIts"));
    }
    ProcedureType type = type(entry.getProcedureTypeId());
    CodingFacts facts = CodingFacts.draft(entry, type);
    List<String> missing = facts.missingFor(type);
    if (!missing.isEmpty()) {
      return CodingPreview.waiting(
          Wording.of("procedureLogging.codesShowOnceEnter", String.join(", ", missing)));
    }
    try {
      return CodingPreview.of(rulesFor(programId).code(type, facts));
    } catch (InvalidInputException e) {
      return CodingPreview.waiting(e.getMessage());
    }
  }

  /** Logs a procedure; it waits for the named supervisor. */
  public LogView log(Long programId, LogEntry entry, LogSource source) {
    return create(programId, entry, source, null, null);
  }

  /**
   * Creates the entry, marked with the client's idempotency key: used by {@link
   * IdempotentSubmission}, which handles retries.
   */
  public LogView create(
      Long programId, LogEntry entry, LogSource source, String idempotencyKey, String requestHash) {
    TraineeEnrollmentView enrollment = activeEnrollment(programId);
    long program = enrollment.program().id();
    long me = currentUser.accountId();
    String supervisorName = supervisorInProgram(program, entry.getSupervisorId());
    ProcedureLog log =
        ProcedureLog.submit(
            program,
            me,
            entry,
            type(entry.getProcedureTypeId()),
            coding.checks(program),
            time.today(),
            clock.instant(),
            source);
    if (idempotencyKey != null) {
      log.identifyRequest(idempotencyKey, requestHash);
    }
    logs.add(log);
    logs.flush();
    audit.record(PROCEDURE_LOGGED, SUBJECT, log.getId(), program, log.getProcedureType().getCode());
    return ownView(log, supervisorName);
  }

  /**
   * Creates the entry unless the caller already made one with this key, in one transaction; a known
   * key answers with the entry it made, if the request is the same one.
   */
  public Submission submitOnce(
      Long programId, LogEntry entry, LogSource source, String idempotencyKey, String requestHash) {
    Optional<PriorSubmission> prior = priorSubmission(idempotencyKey);
    if (prior.isPresent()) {
      return prior.get().replayFor(requestHash);
    }
    return new Submission(create(programId, entry, source, idempotencyKey, requestHash), false);
  }

  /** The entry an earlier request of the caller with this key made, and that request's hash. */
  public Optional<PriorSubmission> priorSubmission(String key) {
    return logs.findByIdempotencyKey(currentUser.accountId(), key)
        .map(log -> new PriorSubmission(view(log), log.getRequestHash()));
  }

  /** What an earlier request with the same idempotency key made. */
  public record PriorSubmission(LogView log, String requestHash) {

    /** The earlier entry as the answer to a retry; a different request may not reuse the key. */
    Submission replayFor(String retriedRequestHash) {
      if (retriedRequestHash != null && !retriedRequestHash.equals(requestHash)) {
        throw new RuleViolationException(Wording.of("procedureLogging.idempotencyKeyWasAlready"));
      }
      return new Submission(log, true);
    }
  }

  /** The trainee corrects an entry that is waiting or was returned; it goes back to the queue. */
  public LogView revise(long id, long expectedVersion, LogEntry entry) {
    ProcedureLog log = ownEntry(id);
    log.requireVersion(expectedVersion);
    String supervisorName = supervisorInProgram(log.getProgramId(), entry.getSupervisorId());
    log.revise(
        currentUser.accountId(),
        entry,
        type(entry.getProcedureTypeId()),
        coding.checks(log.getProgramId()),
        time.today(),
        clock.instant());
    audit.record(PROCEDURE_LOG_REVISED, SUBJECT, id, log.getProgramId(), null);
    logs.flush(); // the answer carries the new version
    return ownView(log, supervisorName);
  }

  /**
   * Voids an entry, saying why: the trainee their own unverified entry, the program director any
   * entry of the program.
   */
  public void voidEntry(long id, long expectedVersion, String reason) {
    if (find(id).isTrainee(currentUser.accountId())) {
      voidOwn(id, expectedVersion, reason);
    } else {
      programLogs.voidEntry(id, expectedVersion, reason);
    }
  }

  /** The trainee withdraws an entry not yet verified, saying why. */
  private void voidOwn(long id, long expectedVersion, String reason) {
    ProcedureLog log = ownEntry(id);
    log.voidByTrainee(
        currentUser.accountId(), expectedVersion, reason, guards.guard(), clock.instant());
    audit.record(PROCEDURE_LOG_VOIDED, SUBJECT, id, log.getProgramId(), "by trainee: " + reason);
  }

  /** The caller's own entries, newest first. */
  public Page<LogRow> mine(PageRequest request) {
    return logs.ofTrainee(currentUser.accountId(), request);
  }

  /**
   * One entry, for its trainee, its supervisor, the program's leadership and committee, or an
   * administrator; anyone else is told it does not exist.
   */
  public LogView get(long id) {
    ProcedureLog log =
        logs.findById(id)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("procedureLogging.entry")));
    long me = currentUser.accountId();
    boolean allowed =
        log.isTrainee(me)
            || log.isSupervisor(me)
            || access.holdsInProgram(
                log.getProgramId(), Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    if (!allowed) {
      throw new RecordNotFoundException(Wording.of("procedureLogging.entry"));
    }
    return view(log);
  }

  /**
   * The caller's own entry as answered after a change: the supervisor's name came with the check of
   * their appointment, so naming the two people takes no further read.
   */
  private LogView ownView(ProcedureLog log, String supervisorName) {
    return LogView.of(log, currentUser.displayName(), supervisorName, null);
  }

  LogView view(ProcedureLog log) {
    Set<Long> ids = new HashSet<>(Set.of(log.getTraineeId(), log.getSupervisorId()));
    Long attestedBy = log.getAttestation() == null ? null : log.getAttestation().getAttestedBy();
    if (attestedBy != null) {
      ids.add(attestedBy);
    }
    Map<Long, String> names = people.displayNames(ids);
    return LogView.of(
        log,
        names.get(log.getTraineeId()),
        names.get(log.getSupervisorId()),
        attestedBy == null ? null : names.get(attestedBy));
  }

  /**
   * The caller's own entry. Someone else's is refused; to a person outside its program it does not
   * exist at all, so ids cannot be probed.
   */
  private ProcedureLog ownEntry(long id) {
    ProcedureLog log = find(id);
    if (!log.isTrainee(currentUser.accountId())) {
      if (access.holdsInProgram(log.getProgramId(), Role.values())) {
        throw new AccessDeniedException();
      }
      throw new RecordNotFoundException(Wording.of("procedureLogging.entry"));
    }
    return log;
  }

  private ProcedureLog find(long id) {
    return logs.findById(id)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("procedureLogging.entry")));
  }

  private ProcedureType type(Long id) {
    if (id == null) {
      return null;
    }
    return catalog
        .findType(id)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "procedureTypeId", Wording.of("procedureLogging.chooseProcedureCatalog")));
  }

  /**
   * The named supervisor's name, if they teach in the program now; null when none is named (the
   * entry itself then refuses it, naming the field).
   */
  private String supervisorInProgram(long programId, Long supervisorId) {
    if (supervisorId == null) {
      return null;
    }
    return faculty
        .currentMember(programId, supervisorId)
        .map(ProgramFaculty.FacultyMember::displayName)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "supervisorId", Wording.of("procedureLogging.supervisorCurrentFacultyMember")));
  }

  /** The programs the caller is in training in now, where they can log. */
  public List<TraineeEnrollmentView> activeEnrollments() {
    return enrollments.mine().stream().filter(e -> e.status() == EnrollmentStatus.ACTIVE).toList();
  }

  /** The caller's active enrollment: the one named, or their only one. */
  /** A program's rules for someone in it; the caller's own program's, or the bundled ones. */
  private CodingRuleBook rulesFor(Long programId) {
    if (programId != null && access.holdsInProgram(programId, Role.values())) {
      return coding.forProgram(programId);
    }
    List<TraineeEnrollmentView> active = activeEnrollments();
    return active.size() == 1 ? coding.forProgram(active.get(0).program().id()) : coding.current();
  }

  private TraineeEnrollmentView activeEnrollment(Long programId) {
    List<TraineeEnrollmentView> active = activeEnrollments();
    if (programId != null) {
      return active.stream()
          .filter(e -> e.program().id() == programId)
          .findFirst()
          .orElseThrow(
              () ->
                  new RuleViolationException(
                      Wording.of("procedureLogging.trainingProgramSoCannot")));
    }
    if (active.isEmpty()) {
      throw new RuleViolationException(Wording.of("procedureLogging.trainingProgramSoThere"));
    }
    if (active.size() > 1) {
      throw new InvalidInputException(
          "programId", Wording.of("procedureLogging.trainingMoreThanOne"));
    }
    return active.get(0);
  }
}
