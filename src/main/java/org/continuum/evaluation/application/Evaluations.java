package org.continuum.evaluation.application;

import static org.continuum.audit.domain.AuditEventType.EVALUATION_ACKNOWLEDGED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_AMENDMENT_STARTED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_DRAFT_SAVED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_SIGNED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_SUBMITTED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.evaluation.domain.AnonymousFeedback;
import org.continuum.evaluation.domain.Answer;
import org.continuum.evaluation.domain.AnswerInput;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.evaluation.domain.FormItem;
import org.continuum.evaluation.domain.Signature;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.ConfirmedSigner;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.LogView;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Wording;

/**
 * Writing, signing, handing in, reading and acknowledging evaluations. Who may read one: its
 * author; the trainee it is about, once signed; the program's director and committee. An anonymous
 * evaluation is read by its author alone, and once handed in by nobody as such.
 */
@ApplicationScoped
@Transactional
public class Evaluations {

  static final String SUBJECT = "evaluation";
  static final int AMENDMENT_DAYS = 7;

  @Inject Sealer sealer;
  @Inject IdentifierGuards guards;
  @Inject EvaluationSeals seals;
  @Inject Clock clock;
  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject EvaluationRepository evaluations;
  @Inject PeopleDirectory people;
  @Inject Frameworks frameworks;
  @Inject ProcedureLogging procedureLogs;
  @Inject AuditTrail audit;

  /** What the signed-in person is to write, soonest due first. */
  public List<EvaluationRow> myOpen() {
    access.requireSignedIn();
    return evaluations.openFor(currentUser.accountId());
  }

  /** Signed evaluations about the signed-in trainee, newest first. */
  public Page<EvaluationRow> aboutMe(PageRequest request) {
    access.requireSignedIn();
    return seals.withSeals(evaluations.aboutTrainee(currentUser.accountId(), request));
  }

  /**
   * Signed evaluations about a trainee in a program, newest first: for the trainee themselves and
   * the program's director and committee.
   */
  public List<EvaluationRow> signedAbout(long programId, long traineeId) {
    access.requireTraineeRecordReadable(programId, traineeId);
    return seals.withSeals(evaluations.aboutTraineeInProgram(programId, traineeId));
  }

  /** Evaluations the signed-in person signed, newest first. */
  public Page<EvaluationRow> signedByMe(PageRequest request) {
    access.requireSignedIn();
    return seals.withSeals(evaluations.signedBy(currentUser.accountId(), request));
  }

  public WaitingForMe waitingForMe() {
    access.requireSignedIn();
    long me = currentUser.accountId();
    return new WaitingForMe(
        evaluations.countOpenFor(me),
        evaluations.countOverdueFor(me, time.today()),
        evaluations.countUnacknowledged(me));
  }

  public EvaluationDetail get(long id) {
    return detail(readable(id));
  }

  /** Saves the draft as the evaluator left it; a stale version is refused with who changed it. */
  public EvaluationDetail saveDraft(long id, long expectedVersion, List<AnswerInput> answers) {
    Evaluation e = mine(id);
    e.requireVersion(expectedVersion);
    e.saveDraft(currentUser.accountId(), answers, guards.guard());
    evaluations.flush();
    audit.record(
        EVALUATION_DRAFT_SAVED,
        SUBJECT,
        id,
        e.getProgramId(),
        "revision " + e.getContentRevision());
    return detail(e);
  }

  /**
   * Signs the evaluation as it was last saved. Requires proof that the signer typed their password
   * again ({@link EvaluationSigning} obtains it).
   */
  public EvaluationDetail sign(long id, long expectedVersion, ConfirmedSigner signer) {
    if (signer.accountId() != currentUser.accountId()) {
      throw new AccessDeniedException();
    }
    Evaluation e = mine(id);
    e.requireVersion(expectedVersion);
    Signature signature = e.sign(signer.accountId(), signer.printedName(), clock.instant(), sealer);
    evaluations.flush();
    if (e.getAmendsId() != null) {
      evaluations.findById(e.getAmendsId()).ifPresent(original -> original.supersededBy(e));
    }
    audit.record(
        EVALUATION_SIGNED,
        SUBJECT,
        id,
        e.getProgramId(),
        signature.getMeaning() + " sha256:" + signature.getContentHash());
    return detail(e);
  }

  /** Checks, before the password is asked for, that signing could succeed. */
  public void requireSignable(long id, long expectedVersion) {
    Evaluation e = mine(id);
    e.requireVersion(expectedVersion);
    e.requireSignableBy(currentUser.accountId());
  }

  /** Hands in an anonymous evaluation; its answers are stored apart from its author from now on. */
  public void submit(long id, long expectedVersion) {
    Evaluation e = mine(id);
    e.requireVersion(expectedVersion);
    LocalDate day = e.getPeriodEnd() != null ? e.getPeriodEnd() : time.today();
    AnonymousFeedback feedback =
        e.submitAnonymously(
            currentUser.accountId(), AcademicYear.containing(day).startYear(), clock.instant());
    evaluations.add(feedback);
    evaluations.flush();
    // the audit names the request (already known to be theirs), never the feedback record
    audit.record(EVALUATION_SUBMITTED, SUBJECT, id, e.getProgramId(), null);
  }

  /** The trainee confirms they have read an evaluation about them. */
  public EvaluationDetail acknowledge(long id, long expectedVersion) {
    Evaluation e = readable(id);
    e.requireVersion(expectedVersion);
    e.acknowledge(currentUser.accountId(), clock.instant());
    evaluations.flush();
    audit.record(EVALUATION_ACKNOWLEDGED, SUBJECT, id, e.getProgramId(), null);
    return detail(e);
  }

  /**
   * Starts correcting a signed evaluation: a draft amendment with the same answers. If one is
   * already being written, that one is returned.
   */
  public EvaluationDetail startAmendment(long id, String reason) {
    Evaluation original = mine(id);
    var open = evaluations.openAmendmentOf(id);
    if (open.isPresent()) {
      return detail(open.get());
    }
    Evaluation amendment =
        original.startAmendment(
            currentUser.accountId(), reason, time.today().plusDays(AMENDMENT_DAYS), guards.guard());
    evaluations.add(amendment);
    evaluations.flush();
    audit.record(
        EVALUATION_AMENDMENT_STARTED,
        SUBJECT,
        amendment.getId(),
        original.getProgramId(),
        "amends " + id + ": " + amendment.getAmendmentReason());
    return detail(amendment);
  }

  /** The evaluation, if the caller may read it (also for other use cases, e.g. printing). */
  Evaluation readable(long id) {
    Evaluation e =
        evaluations
            .findById(id)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("evaluations.evaluation")));
    boolean allowed =
        e.readableBy(
            currentUser.accountId(),
            () -> access.holdsInProgram(e.getProgramId(), Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER));
    if (!allowed) {
      throw new RecordNotFoundException(Wording.of("evaluations.evaluation"));
    }
    return e;
  }

  private Evaluation mine(long id) {
    Evaluation e = readable(id);
    if (e.getEvaluatorId() != currentUser.accountId()) {
      throw new AccessDeniedException();
    }
    return e;
  }

  EvaluationDetail detail(Evaluation e) {
    long me = currentUser.accountId();
    EvaluationRow row = evaluations.row(e.getId()).orElseThrow();
    Long aboutFaculty = e.getAboutFacultyId();
    String aboutFacultyName =
        aboutFaculty == null ? null : people.displayNames(Set.of(aboutFaculty)).get(aboutFaculty);
    SignatureView signature =
        e.signature().map(s -> SignatureView.of(s, s.check(e, sealer))).orElse(null);
    return new EvaluationDetail(
        e.getId(),
        e.getVersion(),
        e.getProgramId(),
        e.getKind(),
        e.getStatus(),
        e.getForm().getTitle(),
        e.getForm().label(),
        e.getForm().getInstructions(),
        e.getEvaluatorId(),
        row.evaluatorName(),
        e.getTraineeId(),
        row.traineeName(),
        aboutFacultyName,
        row.rotationName(),
        procedureSummary(e),
        e.getPeriodStart(),
        e.getPeriodEnd(),
        e.getDueOn(),
        e.isOverdue(time.today()),
        e.getContentRevision(),
        items(e, e.answersShownTo(me)),
        signature,
        e.getAmendsId(),
        e.getAmendmentReason(),
        e.getAmendedById(),
        e.getSubmittedAt(),
        e.getAcknowledgedAt(),
        e.getCancelReason(),
        e.permissionsFor(me));
  }

  /** The form's items with their subcompetencies, and the answers when the reader sees them. */
  private List<ItemView> items(Evaluation e, boolean withAnswers) {
    Map<String, SubcompetencyView> subs =
        e.getForm().getFrameworkId() == null
            ? Map.of()
            : frameworks.subcompetenciesOf(e.getForm().getFrameworkId());
    List<ItemView> items = new ArrayList<>();
    for (FormItem item : e.getForm().getItems()) {
      SubcompetencyView sub =
          item.getSubcompetencyCode() == null ? null : subs.get(item.getSubcompetencyCode());
      Answer answer = withAnswers ? e.answer(item.getSeq()).orElse(null) : null;
      items.add(
          new ItemView(
              item.getSeq(),
              item.getType(),
              item.getPrompt(),
              item.getSubcompetencyCode(),
              sub == null ? null : sub.title(),
              sub == null ? List.of() : sub.levels(),
              item.isRequired(),
              answer == null ? null : answer.getValue(),
              answer == null ? null : answer.getText()));
    }
    return items;
  }

  private String procedureSummary(Evaluation e) {
    if (e.getProcedureLogId() == null) {
      return null;
    }
    try {
      LogView log = procedureLogs.get(e.getProcedureLogId());
      return log.procedureName() + " on " + log.performedOn();
    } catch (DomainException notVisible) {
      return "procedure entry " + e.getProcedureLogId();
    }
  }
}
