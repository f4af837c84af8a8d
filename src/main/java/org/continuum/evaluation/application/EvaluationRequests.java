package org.continuum.evaluation.application;

import static org.continuum.audit.domain.AuditEventType.EVALUATION_CANCELLED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_REQUESTED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.LogView;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.program.application.Curriculum;
import org.continuum.program.domain.EndedBlock;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Issues evaluation requests: from the schedule when a block ends (each teacher evaluates the
 * trainee, the trainee assesses themselves and evaluates the rotation and each teacher), and on
 * demand (a direct observation of a logged procedure). Each request has a key that makes it unique,
 * checked before it is written and enforced by the database, so running the job again, or twice at
 * once, never issues anything twice.
 */
@ApplicationScoped
@Transactional
public class EvaluationRequests {

  /** How far back the daily job looks for ended blocks, so a missed day catches up. */
  static final int LOOKBACK_DAYS = 60;

  static final int FACULTY_DUE_DAYS = 14;
  static final int SELF_DUE_DAYS = 7;
  static final int ROTATION_DUE_DAYS = 14;
  static final int OBSERVATION_DUE_DAYS = 7;

  @Inject InstitutionTime time;
  @Inject IdentifierGuards guards;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject Curriculum curriculum;
  @Inject EvaluationFormRepository forms;
  @Inject EvaluationRepository evaluations;
  @Inject ProcedureLogging procedureLogs;
  @Inject Evaluations reading;
  @Inject AuditTrail audit;

  /**
   * Issues the requests of blocks that ended in the last {@value #LOOKBACK_DAYS} days: in one
   * program (its director or coordinator), or in all (the daily job, as the system).
   */
  public IssueReport issueFromSchedule(Long programId) {
    return issueFromSchedule(programId, time.today().minusDays(LOOKBACK_DAYS));
  }

  /** As above, for blocks that ended since {@code since} (e.g. the start of the academic year). */
  public IssueReport issueFromSchedule(Long programId, LocalDate since) {
    LocalDate today = time.today();
    List<EndedBlock> blocks = curriculum.endedBetween(programId, since, today);
    // one look-up per program, rotation and kind: a rotation may have a form of its own
    Map<String, Optional<EvaluationForm>> formCache = new HashMap<>();
    int created = 0;
    int existing = 0;
    Set<String> notes = new LinkedHashSet<>();
    for (EndedBlock block : blocks) {
      for (Planned planned : plan(block)) {
        Optional<EvaluationForm> form =
            formCache.computeIfAbsent(
                block.programId() + "/" + block.rotationId() + "/" + planned.kind(),
                k -> forms.currentFor(block.programId(), planned.kind(), block.rotationId()));
        if (form.isEmpty()) {
          notes.add(
              Wording.of(
                  "evaluationRequests.programHasPublishedForm",
                  block.programId(),
                  planned.kind().label()));
          continue;
        }
        if (evaluations.existsByRequestKey(planned.key())) {
          existing++;
          continue;
        }
        Evaluation e =
            Evaluation.request(
                new Evaluation.Request(
                    form.get(),
                    planned.evaluatorId(),
                    block.traineeId(),
                    planned.aboutFacultyId(),
                    block.rotationId(),
                    block.assignmentId(),
                    null,
                    block.startDate(),
                    block.endDate(),
                    block.endDate().plusDays(planned.dueDays()),
                    planned.key(),
                    null));
        evaluations.add(e);
        created++;
      }
    }
    evaluations.flush();
    if (created > 0) {
      audit.record(
          EVALUATION_REQUESTED,
          "schedule",
          null,
          programId,
          created + " requests from " + blocks.size() + " ended blocks");
    }
    if (blocks.stream().anyMatch(b -> b.teacherIds().isEmpty())) {
      notes.add(Wording.of("evaluationRequests.someEndedBlocksHave"));
    }
    return new IssueReport(blocks.size(), created, existing, new ArrayList<>(notes));
  }

  /**
   * Asks the supervisor named on a logged procedure for a direct observation of it. The trainee or
   * that supervisor may ask; one per entry (asking again returns the same request).
   */
  public EvaluationDetail requestObservation(long procedureLogId) {
    LogView log = procedureLogs.get(procedureLogId);
    long me = currentUser.accountId();
    if (log.traineeId() != me && log.supervisorId() != me) {
      throw new AccessDeniedException();
    }
    if (log.status() == LogStatus.VOIDED) {
      throw new RuleViolationException(Wording.of("evaluationRequests.entryWasVoided"));
    }
    String key = "L" + procedureLogId;
    Optional<Evaluation> already = evaluations.findByRequestKey(key);
    if (already.isPresent()) {
      return reading.detail(already.get());
    }
    EvaluationForm form =
        forms
            .currentFor(log.programId(), EvaluationKind.DIRECT_OBSERVATION)
            .orElseThrow(
                () ->
                    new RuleViolationException(
                        Wording.of("evaluationRequests.programHasDirectObservation")));
    Evaluation e =
        Evaluation.request(
            new Evaluation.Request(
                form,
                log.supervisorId(),
                log.traineeId(),
                null,
                null,
                null,
                procedureLogId,
                log.performedOn(),
                log.performedOn(),
                time.today().plusDays(OBSERVATION_DUE_DAYS),
                key,
                me));
    evaluations.add(e);
    evaluations.flush();
    audit.record(
        EVALUATION_REQUESTED,
        Evaluations.SUBJECT,
        e.getId(),
        log.programId(),
        "direct observation of procedure entry " + procedureLogId);
    return reading.detail(e);
  }

  /** The director or coordinator withdraws an open request, with a reason. */
  public void cancel(long id, long expectedVersion, String reason) {
    Evaluation e =
        evaluations
            .findById(id)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("evaluationRequests.evaluation")));
    if (!access.holdsInProgram(e.getProgramId(), Role.PROGRAM_DIRECTOR, Role.COORDINATOR)) {
      throw new RecordNotFoundException(Wording.of("evaluationRequests.evaluation"));
    }
    e.requireVersion(expectedVersion);
    e.cancel(reason, guards.guard());
    evaluations.flush();
    audit.record(EVALUATION_CANCELLED, Evaluations.SUBJECT, id, e.getProgramId(), reason);
  }

  /** One request a block calls for, with the key that makes it unique. */
  record Planned(
      EvaluationKind kind, long evaluatorId, Long aboutFacultyId, int dueDays, String key) {}

  static List<Planned> plan(EndedBlock block) {
    List<Planned> planned = new ArrayList<>();
    String prefix = "B" + block.assignmentId() + ":";
    for (long teacher : block.teacherIds()) {
      if (teacher == block.traineeId()) {
        continue;
      }
      planned.add(
          new Planned(
              EvaluationKind.FACULTY_OF_TRAINEE,
              teacher,
              null,
              FACULTY_DUE_DAYS,
              prefix + "F:" + teacher));
    }
    planned.add(
        new Planned(
            EvaluationKind.SELF_ASSESSMENT, block.traineeId(), null, SELF_DUE_DAYS, prefix + "S"));
    if (block.teacherIds().isEmpty()) {
      planned.add(
          new Planned(
              EvaluationKind.ROTATION_AND_FACULTY,
              block.traineeId(),
              null,
              ROTATION_DUE_DAYS,
              prefix + "R"));
    }
    for (long teacher : block.teacherIds()) {
      planned.add(
          new Planned(
              EvaluationKind.ROTATION_AND_FACULTY,
              block.traineeId(),
              teacher,
              ROTATION_DUE_DAYS,
              prefix + "R:" + teacher));
    }
    return planned;
  }
}
