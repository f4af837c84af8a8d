package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * One procedure a trainee logged, and its verification. The state machine:
 *
 * <pre>
 *   submit -> PENDING --verify--> VERIFIED (locked; counts toward minimums)
 *                     --reject--> REJECTED --revise--> PENDING
 *   PENDING or REJECTED --revise--> PENDING (the trainee corrects before verification)
 *   any state but VOIDED --void with a reason--> VOIDED (never deleted)
 *   import of an entry verified elsewhere -> IMPORTED (locked; attested by the importer)
 * </pre>
 *
 * Only the named supervisor verifies or rejects; only the trainee revises; the trainee voids their
 * own unverified entries, a program director any entry, always with a reason.
 */
@Entity
@Table(name = "procedure_log")
public class ProcedureLog extends BaseEntity {

  /** The earliest date an entry may carry (historical imports included). */
  public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

  @Column(name = "program_id", nullable = false, updatable = false)
  private Long programId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private Long traineeId;

  @Column(name = "supervisor_id", nullable = false)
  private Long supervisorId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "procedure_type_id", nullable = false)
  private ProcedureType procedureType;

  @Column(name = "performed_on", nullable = false)
  private LocalDate performedOn;

  @Embedded private ProcedureDetails details;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private LogStatus status;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "rejection_reason", length = 500)
  private String rejectionReason;

  @Column(name = "voided_at")
  private Instant voidedAt;

  @Column(name = "voided_by")
  private Long voidedBy;

  @Column(name = "void_reason", length = 500)
  private String voidReason;

  /**
   * The codes the case is logged as, derived from its details by the coding rules in force when it
   * was logged or last corrected; null for an entry logged before codes were derived that could not
   * be coded (its details did not say enough).
   */
  @Convert(converter = CodedAsColumn.class)
  @Column(name = "coded_as", length = 200)
  private CodedAs codedAs;

  @Embedded private ImportAttestation attestation;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, length = 8, updatable = false)
  private LogSource source;

  @Column(name = "idempotency_key", length = 80, updatable = false)
  private String idempotencyKey;

  /** SHA-256 of the request that created the entry, to spot a key reused for another request. */
  @Column(name = "request_hash", length = 64, updatable = false)
  private String requestHash;

  protected ProcedureLog() {}

  /** A new entry, waiting for its supervisor. */
  public static ProcedureLog submit(
      long programId,
      long traineeId,
      LogEntry entry,
      ProcedureType type,
      LogChecks checks,
      LocalDate today,
      Instant now,
      LogSource source) {
    ProcedureLog log = new ProcedureLog();
    log.programId = programId;
    log.traineeId = traineeId;
    log.source = source;
    log.fill(entry, type, checks, today);
    log.status = LogStatus.PENDING;
    log.submittedAt = now;
    return log;
  }

  /**
   * An entry a previous system had verified, imported by someone who vouches for it. It is not
   * verified in anybody's name here: its supervisor is who supervised, not who verified.
   */
  public static ProcedureLog imported(
      long programId,
      long traineeId,
      LogEntry entry,
      ProcedureType type,
      LogChecks checks,
      LocalDate today,
      ImportAttestation attestation) {
    ProcedureLog log =
        submit(
            programId,
            traineeId,
            entry,
            type,
            checks,
            today,
            attestation.getAttestedAt(),
            LogSource.IMPORT);
    log.status = LogStatus.IMPORTED;
    log.attestation = attestation;
    return log;
  }

  /** Marks the entry with the client's idempotency key and a hash of the request. */
  public void identifyRequest(String key, String hash) {
    this.idempotencyKey = key;
    this.requestHash = hash;
  }

  /** The trainee corrects an entry not yet verified; a returned entry goes back to the queue. */
  public void revise(
      long byTraineeId,
      LogEntry entry,
      ProcedureType type,
      LogChecks checks,
      LocalDate today,
      Instant now) {
    requireTrainee(byTraineeId);
    if (!openToTrainee(status)) {
      throw new RuleViolationException(
          Wording.of("procedureLog.entryLongerChanged", status.title().toLowerCase(Locale.ROOT)));
    }
    fill(entry, type, checks, today);
    if (status == LogStatus.REJECTED) {
      status = LogStatus.PENDING;
      submittedAt = now;
      decidedAt = null;
      decidedBy = null;
    }
  }

  /** The named supervisor confirms the entry; it is locked from now on. */
  public void verify(long byFacultyId, Instant now) {
    requireSupervisor(byFacultyId);
    requirePending("verified");
    status = LogStatus.VERIFIED;
    decidedAt = now;
    decidedBy = byFacultyId;
    rejectionReason = null;
  }

  /** The named supervisor sends the entry back to the trainee, saying why. */
  public void reject(long byFacultyId, String reason, PatientIdentifierGuard guard, Instant now) {
    requireSupervisor(byFacultyId);
    requirePending("returned");
    rejectionReason = reason(reason, guard);
    status = LogStatus.REJECTED;
    decidedAt = now;
    decidedBy = byFacultyId;
  }

  /**
   * Withdraws the entry for good, saying why. Who may void is decided by the caller (the trainee
   * their own unverified entries; a program director any entry of the program).
   */
  public void voidEntry(
      long byAccountId, String reason, PatientIdentifierGuard guard, Instant now) {
    if (status == LogStatus.VOIDED) {
      throw new RuleViolationException(Wording.of("procedureLog.entryAlreadyVoided"));
    }
    voidReason = reason(reason, guard);
    status = LogStatus.VOIDED;
    voidedAt = now;
    voidedBy = byAccountId;
  }

  /**
   * Its trainee withdraws the entry, saying why; once verified it is locked for them, as the
   * accreditor's case log locks it. The version they saw is checked after that rule, so a locked
   * entry says so even to a stale screen.
   */
  public void voidByTrainee(
      long byTraineeId,
      long expectedVersion,
      String reason,
      PatientIdentifierGuard guard,
      Instant now) {
    requireTrainee(byTraineeId);
    if (status.isSettled()) {
      throw new RuleViolationException(Wording.of("procedureLog.verifiedEntryLockedAsk"));
    }
    requireVersion(expectedVersion);
    voidEntry(byTraineeId, reason, guard, now);
  }

  /**
   * Whether the trainee may still correct or void an entry in this state: until its supervisor
   * verifies it (or it is voided). Screens offer the actions by this rule; {@link #revise} and
   * {@link #voidByTrainee} enforce it.
   */
  public static boolean openToTrainee(LogStatus status) {
    return status == LogStatus.PENDING || status == LogStatus.REJECTED;
  }

  public boolean isTrainee(long accountId) {
    return traineeId == accountId;
  }

  public boolean isSupervisor(long accountId) {
    return supervisorId == accountId;
  }

  /**
   * Codes an entry logged before codes were derived, by the rules given; an entry already coded
   * keeps its codes (rules changed later never rewrite them), and nothing else changes, so a
   * verified entry stays verified.
   *
   * @return whether the entry was coded now
   */
  public boolean codeIfUncoded(CodingRuleBook rules) {
    if (codedAs != null) {
      return false;
    }
    CodingFacts facts = details.codingFacts();
    List<String> missing = facts.missingFor(procedureType);
    if (!missing.isEmpty()) {
      throw new InvalidInputException(
          "counts", Wording.of("procedureLog.entryDoesSay", String.join(", ", missing)));
    }
    details.requireStillCodable(procedureType);
    codedAs = rules.code(procedureType, facts);
    return true;
  }

  private void fill(LogEntry entry, ProcedureType type, LogChecks checks, LocalDate today) {
    Violations problems = new Violations();
    ProcedureType validType =
        problems.collect(
            () -> {
              ProcedureType t =
                  Check.required("procedureTypeId", Wording.of("label.procedure"), type);
              if (!t.isActive()) {
                throw new InvalidInputException(
                    "procedureTypeId", Wording.of("procedureLog.retiredCatalog", t.getName()));
              }
              return t;
            });
    LocalDate date =
        problems.collect(
            () -> {
              LocalDate d =
                  Check.required("performedOn", Wording.of("label.date"), entry.getPerformedOn());
              if (d.isAfter(today)) {
                throw new InvalidInputException(
                    "performedOn", Wording.of("procedureLog.dateFuture"));
              }
              if (d.isBefore(EARLIEST)) {
                throw new InvalidInputException(
                    "performedOn", Wording.of("procedureLog.dateBefore", EARLIEST));
              }
              return d;
            });
    Long supervisor =
        problems.collect(
            () ->
                Check.required(
                    "supervisorId", Wording.of("label.supervisor"), entry.getSupervisorId()));
    ProcedureDetails checked =
        validType == null
            ? null
            : problems.collect(() -> ProcedureDetails.of(entry, validType, checks));
    problems.throwIfAny();
    CodedAs codes = checks.rules().code(validType, checked.codingFacts());
    if (supervisor.longValue() == traineeId.longValue()) {
      throw new InvalidInputException(
          "supervisorId", Wording.of("procedureLog.cannotSuperviseOwnProcedure"));
    }
    this.procedureType = validType;
    this.performedOn = date;
    this.supervisorId = supervisor;
    this.details = checked;
    this.codedAs = codes;
  }

  /** A reason for returning or voiding: free text like a note, so no patient identifiers. */
  private static String reason(String text, PatientIdentifierGuard guard) {
    String reason = Check.text("reason", Wording.of("label.reason"), text, 3, 500);
    guard.check("reason", Wording.of("label.reason2"), reason);
    return reason;
  }

  private void requireTrainee(long accountId) {
    if (!isTrainee(accountId)) {
      throw new AccessDeniedException();
    }
  }

  private void requireSupervisor(long accountId) {
    if (!isSupervisor(accountId)) {
      throw new AccessDeniedException();
    }
  }

  private void requirePending(String action) {
    if (status != LogStatus.PENDING) {
      throw new RuleViolationException(
          Wording.of(
              "procedureLog.onlyEntryWaitingVerification",
              action,
              status.title().toLowerCase(Locale.ROOT)));
    }
  }

  public Long getProgramId() {
    return programId;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public Long getSupervisorId() {
    return supervisorId;
  }

  public ProcedureType getProcedureType() {
    return procedureType;
  }

  public LocalDate getPerformedOn() {
    return performedOn;
  }

  public ProcedureDetails getDetails() {
    return details;
  }

  public LogStatus getStatus() {
    return status;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getDecidedAt() {
    return decidedAt;
  }

  public Long getDecidedBy() {
    return decidedBy;
  }

  public String getRejectionReason() {
    return rejectionReason;
  }

  public Instant getVoidedAt() {
    return voidedAt;
  }

  public Long getVoidedBy() {
    return voidedBy;
  }

  public String getVoidReason() {
    return voidReason;
  }

  public CodedAs getCodedAs() {
    return codedAs;
  }

  /** Who vouched for an imported verified entry; null for every other entry. */
  public ImportAttestation getAttestation() {
    return attestation;
  }

  public LogSource getSource() {
    return source;
  }

  public String getIdempotencyKey() {
    return idempotencyKey;
  }

  public String getRequestHash() {
    return requestHash;
  }
}
