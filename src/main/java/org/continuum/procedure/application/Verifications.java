package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOG_REJECTED;
import static org.continuum.audit.domain.AuditEventType.PROCEDURE_LOG_VERIFIED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * Faculty confirm or return the entries that name them as supervisor, in programs where they teach.
 * An entry that changed since it was shown is refused with who changed it and when.
 */
@ApplicationScoped
@Transactional
public class Verifications {

  static final String SUBJECT = "procedure-log";

  @Inject IdentifierGuards guards;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject PeopleDirectory people;
  @Inject ProcedureLogRepository logs;
  @Inject AuditTrail audit;

  /** The caller's queue: entries that name them and wait, oldest first. */
  public Page<LogRow> queue(PageRequest request) {
    return logs.pendingFor(currentUser.accountId(), request);
  }

  public long waitingCount() {
    return logs.countPendingFor(currentUser.accountId());
  }

  public LogView verify(long id, long expectedVersion) {
    ProcedureLog log = actionable(id, expectedVersion);
    log.verify(currentUser.accountId(), clock.instant());
    audit.record(PROCEDURE_LOG_VERIFIED, SUBJECT, id, log.getProgramId(), null);
    logs.flush(); // the answer carries the new version, for the client's next change
    return answer(log);
  }

  public LogView reject(long id, long expectedVersion, String reason) {
    ProcedureLog log = actionable(id, expectedVersion);
    log.reject(currentUser.accountId(), reason, guards.guard(), clock.instant());
    audit.record(PROCEDURE_LOG_REJECTED, SUBJECT, id, log.getProgramId(), reason);
    logs.flush();
    return answer(log);
  }

  /** The entry as its supervisor (the caller) now sees it, naming its trainee as a read does. */
  private LogView answer(ProcedureLog log) {
    String trainee = people.displayNames(Set.of(log.getTraineeId())).get(log.getTraineeId());
    return LogView.of(log, trainee, currentUser.displayName(), null);
  }

  /**
   * Verifies several entries at once. Each is checked on its own: those that changed meanwhile or
   * are no longer waiting are reported, not verified; the others are.
   */
  public BulkResult verifyAll(List<Selected> selected) {
    Instant now = clock.instant();
    List<Long> verified = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Selected s : selected) {
      try {
        ProcedureLog log = actionable(s.id(), s.version());
        log.verify(currentUser.accountId(), now);
        audit.record(PROCEDURE_LOG_VERIFIED, SUBJECT, s.id(), log.getProgramId(), "bulk");
        verified.add(s.id());
      } catch (DomainException e) {
        problems.add(Wording.of("verifications.entryRefused", s.id(), e.userMessage()));
      }
    }
    return new BulkResult(verified, problems);
  }

  /** An entry chosen on screen, with the version that was shown. */
  public record Selected(long id, long version) {}

  /** Which entries were verified, and why others were not. */
  public record BulkResult(List<Long> verified, List<String> problems) {}

  /**
   * The entry, if the caller is its named supervisor and teaches in its program; otherwise it does
   * not exist for them (no hint that the id is valid).
   */
  private ProcedureLog actionable(long id, long expectedVersion) {
    ProcedureLog log =
        logs.findById(id)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("verifications.entry")));
    long me = currentUser.accountId();
    if (!log.isSupervisor(me)) {
      if (access.holdsInProgram(log.getProgramId(), Role.values())) {
        throw new AccessDeniedException();
      }
      throw new RecordNotFoundException(Wording.of("verifications.entry"));
    }
    if (!currentUser.hasRole(log.getProgramId(), Role.FACULTY)) {
      throw new AccessDeniedException();
    }
    log.requireVersion(expectedVersion);
    return log;
  }
}
