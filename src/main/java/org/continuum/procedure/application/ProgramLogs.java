package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOG_VOIDED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.RecodedEntryRepository;
import org.continuum.procedure.domain.RecodedRow;
import org.continuum.procedure.domain.VerificationBacklog;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * A program's entries for its leadership and committee. Like the accreditor's case log, a program
 * director sees every entry but changes none: they may only void one, with a reason.
 */
@ApplicationScoped
@Transactional
public class ProgramLogs {

  static final Role[] READERS = {Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER};

  @Inject IdentifierGuards guards;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ProcedureLogRepository logs;
  @Inject RecodedEntryRepository recoded;
  @Inject AuditTrail audit;
  @Inject PeopleDirectory people;

  /** How long an entry may wait for its supervisor before the coordinator is shown it to chase. */
  public static final Duration LONG_WAIT = Duration.ofDays(7);

  public Page<LogRow> list(long programId, PageRequest request) {
    access.requireInProgram(programId, READERS);
    return logs.ofProgram(programId, request);
  }

  /**
   * Entries waiting for verification for longer than {@link #LONG_WAIT}, by supervisor, most first:
   * whom the program's director or coordinator should remind.
   */
  public List<VerificationBacklog> waitingLong(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    List<VerificationBacklog> rows = logs.waitingSince(programId, clock.instant().minus(LONG_WAIT));
    var names = people.displayNames(rows.stream().map(VerificationBacklog::supervisorId).toList());
    return rows.stream().map(r -> r.named(names.getOrDefault(r.supervisorId(), ""))).toList();
  }

  /**
   * Entries logged before codes were derived whose primary code is not the one the old export gave,
   * or that could not be coded (with the reason), newest first, at most 2,000.
   */
  public List<RecodedRow> codingChanges(long programId) {
    access.requireInProgram(programId, READERS);
    return recoded.changedInProgram(programId);
  }

  /** The program director withdraws an entry (a duplicate, say), saying why. */
  public void voidEntry(long id, long expectedVersion, String reason) {
    ProcedureLog log =
        logs.findById(id)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("programLogs.entry")));
    if (!access.holdsInProgram(log.getProgramId(), Role.values())) {
      throw new RecordNotFoundException(
          Wording.of("programLogs.entry")); // no hint that the id exists elsewhere
    }
    access.requireInProgram(log.getProgramId(), Role.PROGRAM_DIRECTOR);
    log.requireVersion(expectedVersion);
    log.voidEntry(currentUser.accountId(), reason, guards.guard(), clock.instant());
    audit.record(
        PROCEDURE_LOG_VOIDED,
        ProcedureLogging.SUBJECT,
        id,
        log.getProgramId(),
        "by program director: " + reason);
  }
}
