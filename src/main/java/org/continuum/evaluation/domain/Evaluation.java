package org.continuum.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * One evaluation from request to signature: who evaluates whom on which form, by when; the draft
 * answers; and, once signed, the signature that seals them. A signed evaluation never changes: a
 * correction is a new evaluation that amends it, and both stay readable. An anonymous evaluation is
 * not signed but handed in, and its answers leave this record for {@link AnonymousFeedback}.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation extends BaseEntity {

  public static final int MAX_TEXT = 4000;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "form_id", nullable = false, updatable = false)
  private EvaluationForm form;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 24)
  private EvaluationKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private EvaluationStatus status;

  @Column(name = "evaluator_id", nullable = false, updatable = false)
  private long evaluatorId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private long traineeId;

  @Column(name = "about_faculty_id", updatable = false)
  private Long aboutFacultyId;

  @Column(name = "rotation_id", updatable = false)
  private Long rotationId;

  @Column(name = "assignment_id", updatable = false)
  private Long assignmentId;

  @Column(name = "procedure_log_id", updatable = false)
  private Long procedureLogId;

  @Column(name = "period_start", updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", updatable = false)
  private LocalDate periodEnd;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  /** What makes a request unique (e.g. one per block, kind and evaluator); null for amendments. */
  @Column(name = "request_key", updatable = false, length = 80)
  private String requestKey;

  @Column(name = "requested_by_id", updatable = false)
  private Long requestedById;

  /** Counts saved drafts; a signature names the revision it covers. */
  @Column(name = "content_revision", nullable = false)
  private int contentRevision;

  @Column(name = "amends_id", updatable = false)
  private Long amendsId;

  @Column(name = "amendment_reason", updatable = false, length = 500)
  private String amendmentReason;

  @Column(name = "amended_by_id")
  private Long amendedById;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "reminded_on")
  private LocalDate remindedOn;

  @Column(name = "cancel_reason", length = 500)
  private String cancelReason;

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Answer> answers = new ArrayList<>();

  @OneToMany(mappedBy = "evaluation", cascade = CascadeType.PERSIST)
  private List<Signature> signatures = new ArrayList<>();

  /** The revision as loaded from the database, if it was signed then; see {@link #guard()}. */
  private transient Integer sealedRevision;

  protected Evaluation() {}

  /** Who is asked, about whom, on which published form, for which period, by when. */
  public record Request(
      EvaluationForm form,
      long evaluatorId,
      long traineeId,
      Long aboutFacultyId,
      Long rotationId,
      Long assignmentId,
      Long procedureLogId,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate dueOn,
      String requestKey,
      Long requestedById) {}

  public static Evaluation request(Request r) {
    Check.required("form", Wording.of("label.form"), r.form());
    if (!r.form().isPublished()) {
      throw new RuleViolationException(
          Wording.of("evaluation.formPublishedYet", r.form().getCode()));
    }
    Check.required("dueOn", Wording.of("label.dueDate"), r.dueOn());
    EvaluationKind kind = r.form().getKind();
    if (kind == EvaluationKind.SELF_ASSESSMENT && r.evaluatorId() != r.traineeId()) {
      throw new RuleViolationException(Wording.of("evaluation.selfAssessmentWrittenTrainee"));
    }
    if (kind == EvaluationKind.ROTATION_AND_FACULTY && r.evaluatorId() != r.traineeId()) {
      throw new RuleViolationException(Wording.of("evaluation.rotationEvaluationWrittenTrainee"));
    }
    if (kind.isAboutTrainee() && r.evaluatorId() == r.traineeId()) {
      throw new RuleViolationException(Wording.of("evaluation.traineeCannotEvaluateThemselves"));
    }
    Evaluation e = new Evaluation();
    e.programId = r.form().getProgramId();
    e.form = r.form();
    e.kind = kind;
    e.status = EvaluationStatus.REQUESTED;
    e.evaluatorId = r.evaluatorId();
    e.traineeId = r.traineeId();
    e.aboutFacultyId = r.aboutFacultyId();
    e.rotationId = r.rotationId();
    e.assignmentId = r.assignmentId();
    e.procedureLogId = r.procedureLogId();
    e.periodStart = r.periodStart();
    e.periodEnd = r.periodEnd();
    e.dueOn = r.dueOn();
    e.requestKey = r.requestKey();
    e.requestedById = r.requestedById();
    return e;
  }

  /**
   * Saves the draft: every answer is checked against its item's scale and every text for patient
   * identifiers, all problems at once, and nothing changes unless all are valid. Answers not sent
   * are kept; a blank one clears the item.
   */
  public void saveDraft(
      long byAccountId, Collection<AnswerInput> inputs, PatientIdentifierGuard guard) {
    requireEvaluator(byAccountId);
    requireOpen();
    Violations problems = new Violations();
    Map<Integer, CleanAnswer> clean = new HashMap<>();
    for (AnswerInput in : inputs) {
      Optional<FormItem> item = form.findItem(in.itemSeq());
      if (item.isEmpty()) {
        problems.add("item" + in.itemSeq(), Wording.of("evaluation.itemForm", in.itemSeq()));
        continue;
      }
      String value = SignedContent.normalize(in.value());
      String text = SignedContent.normalize(in.text());
      ItemType type = item.get().getType();
      String field = "item" + in.itemSeq();
      if (value != null && !type.accepts(value)) {
        problems.add(field, Wording.of("evaluation.itsScale", label(item.get()), value));
      }
      if (text != null && text.length() > MAX_TEXT) {
        problems.add(field, Wording.of("evaluation.mostCharacters", label(item.get()), MAX_TEXT));
      }
      guard.problem(label(item.get()), text).ifPresent(message -> problems.add(field, message));
      clean.put(in.itemSeq(), new CleanAnswer(value, text));
    }
    problems.throwIfAny();
    clean.forEach((seq, answer) -> put(seq, answer.value(), answer.text()));
    answers.removeIf(Answer::isEmpty);
    contentRevision++;
    status = EvaluationStatus.IN_PROGRESS;
  }

  /** An answer as it will be stored: its text normalised, checked against its item. */
  private record CleanAnswer(String value, String text) {}

  /** The required items still unanswered, by prompt. */
  public List<String> missingRequired() {
    List<String> missing = new ArrayList<>();
    for (FormItem item : form.getItems()) {
      if (item.isRequired() && answer(item.getSeq()).map(Answer::isEmpty).orElse(true)) {
        missing.add(label(item));
      }
    }
    return missing;
  }

  /**
   * Signs the current content. The caller has checked the password; here the rules of the record
   * itself: only its evaluator, only once, only when complete, never an anonymous one.
   */
  public Signature sign(long signerId, String printedName, Instant now, Sealer sealer) {
    requireSignableBy(signerId);
    // whole seconds: MariaDB through Connector/J keeps no fractions, and the hash must survive it
    Instant at = now.truncatedTo(ChronoUnit.SECONDS);
    Signature signature =
        new Signature(
            this,
            signerId,
            printedName,
            at,
            amendsId == null ? SignatureMeaning.AUTHORED : SignatureMeaning.AMENDED,
            sealer);
    signatures.add(signature);
    status = EvaluationStatus.SIGNED;
    signedAt = at;
    return signature;
  }

  /**
   * Seals complete content that a previous system had signed, such as the demo seed's stand-ins for
   * signed evaluations. Nobody signs it here: the signature names no signer, its printed name says
   * where it came from, and screens show it as imported.
   */
  public Signature recordAsImported(String source, Instant now, Sealer sealer) {
    if (kind.isAnonymous()) {
      throw new RuleViolationException(Wording.of("evaluation.anonymousEvaluationSubmittedSigned"));
    }
    requireOpen();
    requireComplete();
    Instant at = now.truncatedTo(ChronoUnit.SECONDS);
    Signature signature =
        new Signature(
            this,
            null,
            Wording.of("evaluation.importedSigner", source),
            at,
            SignatureMeaning.IMPORTED,
            sealer);
    signatures.add(signature);
    status = EvaluationStatus.SIGNED;
    signedAt = at;
    return signature;
  }

  /** Refuses, with the reason, unless {@code signerId} could sign this evaluation now. */
  public void requireSignableBy(long signerId) {
    requireEvaluator(signerId);
    if (kind.isAnonymous()) {
      throw new RuleViolationException(Wording.of("evaluation.anonymousEvaluationSubmittedSigned"));
    }
    requireOpen();
    requireComplete();
  }

  /**
   * Hands in an anonymous evaluation: its answers move to a feedback record that names no author,
   * and this request keeps only the fact that it was done.
   */
  public AnonymousFeedback submitAnonymously(long byAccountId, int academicYear, Instant now) {
    requireEvaluator(byAccountId);
    if (!kind.isAnonymous()) {
      throw new RuleViolationException(Wording.of("evaluation.onlyAnonymousEvaluationSubmitted"));
    }
    requireOpen();
    requireComplete();
    AnonymousFeedback feedback =
        AnonymousFeedback.of(programId, form.getId(), rotationId, aboutFacultyId, academicYear);
    for (Answer a : answers) {
      feedback.add(a.getItemSeq(), a.getValue(), a.getText());
    }
    answers.clear();
    status = EvaluationStatus.SUBMITTED;
    submittedAt = now;
    return feedback;
  }

  /** The trainee confirms they have read it. */
  public void acknowledge(long byAccountId, Instant now) {
    if (!kind.isAboutTrainee() || byAccountId != traineeId) {
      throw new AccessDeniedException();
    }
    if (status != EvaluationStatus.SIGNED) {
      throw new RuleViolationException(Wording.of("evaluation.onlySignedEvaluationAcknowledged"));
    }
    if (acknowledgedAt != null) {
      throw new RuleViolationException(Wording.of("evaluation.haveAlreadyAcknowledgedEvaluation"));
    }
    acknowledgedAt = now;
  }

  /** A draft that corrects this signed evaluation; this one stays as it is until that is signed. */
  public Evaluation startAmendment(
      long byAccountId, String reason, LocalDate dueOn, PatientIdentifierGuard guard) {
    requireEvaluator(byAccountId);
    if (status != EvaluationStatus.SIGNED) {
      throw new RuleViolationException(Wording.of("evaluation.onlySignedEvaluationAmended"));
    }
    if (amendedById != null) {
      throw new RuleViolationException(Wording.of("evaluation.evaluationWasAlreadyAmended"));
    }
    String why = Check.text("reason", Wording.of("label.reasonAmendment"), reason, 5, 500);
    guard.check("reason", Wording.of("label.reasonAmendment2"), why);
    Evaluation a = new Evaluation();
    a.programId = programId;
    a.form = form;
    a.kind = kind;
    a.status = EvaluationStatus.IN_PROGRESS;
    a.evaluatorId = evaluatorId;
    a.traineeId = traineeId;
    a.aboutFacultyId = aboutFacultyId;
    a.rotationId = rotationId;
    a.assignmentId = assignmentId;
    a.procedureLogId = procedureLogId;
    a.periodStart = periodStart;
    a.periodEnd = periodEnd;
    a.dueOn = dueOn;
    a.requestedById = byAccountId;
    a.amendsId = getId();
    a.amendmentReason = why;
    for (Answer answer : answers) {
      a.answers.add(new Answer(a, answer.getItemSeq(), answer.getValue(), answer.getText()));
    }
    return a;
  }

  /** Points the original at the signed amendment that supersedes it (not part of its content). */
  public void supersededBy(Evaluation amendment) {
    if (amendment.amendsId == null
        || !amendment.amendsId.equals(getId())
        || amendment.status != EvaluationStatus.SIGNED) {
      throw new RuleViolationException(Wording.of("evaluation.onlySignedAmendmentEvaluation"));
    }
    amendedById = amendment.getId();
  }

  public void cancel(String reason, PatientIdentifierGuard guard) {
    requireOpen();
    String why = Check.text("reason", Wording.of("label.reason"), reason, 3, 500);
    guard.check("reason", Wording.of("label.reason2"), why);
    cancelReason = why;
    status = EvaluationStatus.CANCELLED;
  }

  public void markReminded(LocalDate on) {
    remindedOn = on;
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }

  /**
   * Whether an evaluation in this state is faculty evidence of a cohort's milestone levels (the
   * heat map's medians): signed, about a trainee, and not superseded by a signed amendment.
   */
  public static boolean isCohortEvidence(
      EvaluationKind kind, EvaluationStatus status, Long amendedById) {
    return kind.isAboutTrainee() && status == EvaluationStatus.SIGNED && amendedById == null;
  }

  /**
   * Whether this person may read the evaluation: its author; the trainee it is about, once signed;
   * the program's director and committee (the caller's roles are not the record's, so they are
   * asked only when the record's own people do not decide). An anonymous evaluation is read by its
   * author alone, and once handed in by nobody as such.
   */
  public boolean readableBy(long accountId, BooleanSupplier leadsProgram) {
    if (evaluatorId == accountId) {
      return true;
    }
    if (kind.isAnonymous()) {
      return false;
    }
    if (traineeId == accountId) {
      return isSigned();
    }
    return leadsProgram.getAsBoolean();
  }

  /** Whether a reader sees the answers: the author always, others once it is signed. */
  public boolean answersShownTo(long accountId) {
    return evaluatorId == accountId || isSigned();
  }

  /** What a reader may do with it now: the same rules its methods enforce. */
  public EvaluationPermissions permissionsFor(long accountId) {
    boolean author = evaluatorId == accountId;
    boolean editable = author && status.isOpen();
    boolean anonymous = kind.isAnonymous();
    return new EvaluationPermissions(
        editable,
        editable && !anonymous,
        editable && anonymous,
        kind.isAboutTrainee() && traineeId == accountId && isSigned() && acknowledgedAt == null,
        author && isSigned() && amendedById == null && !anonymous);
  }

  public boolean isSigned() {
    return status == EvaluationStatus.SIGNED;
  }

  public Optional<Answer> answer(int seq) {
    return answers.stream().filter(a -> a.getItemSeq() == seq).findFirst();
  }

  public Optional<Signature> signature() {
    return signatures.stream().findFirst();
  }

  @PostLoad
  void rememberSeal() {
    sealedRevision = status == EvaluationStatus.SIGNED ? contentRevision : null;
  }

  /**
   * The persistence-side half of immutability: whatever code path changed a signed evaluation's
   * content or status, the flush is refused. (Acknowledgement, reminders and the pointer to an
   * amendment are not content, and may change.)
   */
  @PreUpdate
  void guard() {
    if (sealedRevision != null
        && (status != EvaluationStatus.SIGNED || contentRevision != sealedRevision)) {
      throw new RuleViolationException(Wording.of("evaluation.evaluationSignedCannotChange"));
    }
  }

  private void put(int seq, String value, String text) {
    Optional<Answer> existing = answer(seq);
    if (existing.isPresent()) {
      existing.get().change(value, text);
    } else if (value != null || text != null) {
      answers.add(new Answer(this, seq, value, text));
    }
  }

  /** Refused naming each required item left unanswered, so each is marked where it is. */
  private void requireComplete() {
    List<InvalidInputException.FieldError> missing = new ArrayList<>();
    for (FormItem item : form.getItems()) {
      if (item.isRequired() && answer(item.getSeq()).map(Answer::isEmpty).orElse(true)) {
        missing.add(
            new InvalidInputException.FieldError(
                "item" + item.getSeq(), Wording.of("evaluation.needsAnswer", label(item))));
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidInputException(missing);
    }
  }

  private void requireEvaluator(long accountId) {
    if (accountId != evaluatorId) {
      throw new AccessDeniedException();
    }
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new RuleViolationException(
          switch (status) {
            case SIGNED -> Wording.of("evaluation.signedCannotChange");
            case SUBMITTED -> Wording.of("evaluation.alreadySubmitted");
            default -> Wording.of("evaluation.cancelled");
          });
    }
  }

  private static String label(FormItem item) {
    String prompt = item.getPrompt();
    return Wording.of(
        "evaluation.itemLabel",
        item.getSeq(),
        prompt.length() > 60 ? prompt.substring(0, 57) + "..." : prompt);
  }

  public long getProgramId() {
    return programId;
  }

  public EvaluationForm getForm() {
    return form;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public EvaluationStatus getStatus() {
    return status;
  }

  public long getEvaluatorId() {
    return evaluatorId;
  }

  public long getTraineeId() {
    return traineeId;
  }

  public Long getAboutFacultyId() {
    return aboutFacultyId;
  }

  public Long getRotationId() {
    return rotationId;
  }

  public Long getAssignmentId() {
    return assignmentId;
  }

  public Long getProcedureLogId() {
    return procedureLogId;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public String getRequestKey() {
    return requestKey;
  }

  public Long getRequestedById() {
    return requestedById;
  }

  public int getContentRevision() {
    return contentRevision;
  }

  public Long getAmendsId() {
    return amendsId;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public Long getAmendedById() {
    return amendedById;
  }

  public Instant getSignedAt() {
    return signedAt;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public LocalDate getRemindedOn() {
    return remindedOn;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public List<Answer> getAnswers() {
    return Collections.unmodifiableList(answers);
  }
}
