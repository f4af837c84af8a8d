package org.continuum.evaluation.application;

import static org.continuum.audit.domain.AuditEventType.EVALUATION_FORM_DRAFTED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_FORM_EDITED;
import static org.continuum.audit.domain.AuditEventType.EVALUATION_FORM_PUBLISHED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.FormItem;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.AggregateLocks;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * The program director builds the program's evaluation forms: a draft version is edited item by
 * item and published; a published version is changed only by starting the next one. Milestone items
 * must name subcompetencies of the program's framework.
 */
@ApplicationScoped
@Transactional
public class EvaluationForms {

  static final String SUBJECT = "evaluation-form";

  @Inject AggregateLocks locks;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject EvaluationFormRepository forms;
  @Inject Frameworks frameworks;
  @Inject AuditTrail audit;
  @Inject DefaultForms defaults;

  /** Every version of the program's forms, for the people of the program. */
  public List<FormView> ofProgram(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    return forms.ofProgram(programId).stream().map(this::view).toList();
  }

  public FormView get(long formId) {
    EvaluationForm form = find(formId);
    access.requireInProgram(
        form.getProgramId(), Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    return view(form);
  }

  public FormView create(
      long programId, String code, EvaluationKind kind, String title, String instructions) {
    requireDirector(programId);
    String clean = code == null ? null : code.strip().toUpperCase(java.util.Locale.ROOT);
    if (clean != null && forms.latestVersion(programId, clean) > 0) {
      throw new InvalidInputException(
          "code", Wording.of("evaluationForms.formCodeAlreadyUsed", clean));
    }
    EvaluationForm form =
        EvaluationForm.draft(
            programId,
            clean,
            1,
            kind,
            title,
            instructions,
            frameworks.frameworkIdOf(programId).orElse(null));
    forms.add(form);
    audit.record(EVALUATION_FORM_DRAFTED, SUBJECT, form.getId(), programId, form.getCode());
    return view(form);
  }

  public FormView describe(long formId, long expectedVersion, String title, String instructions) {
    EvaluationForm form = editable(formId, expectedVersion);
    form.describe(title, instructions);
    return edited(form, "described");
  }

  /** Adds a new item ({@code input.seq()} null) or changes the item with that number. */
  public FormView saveItem(long formId, long expectedVersion, ItemInput input) {
    EvaluationForm form = editable(formId, expectedVersion);
    requireKnownSubcompetency(form, input);
    if (input.seq() == null) {
      form.addItem(input.type(), input.prompt(), input.subcompetencyCode(), input.required());
    } else {
      form.reviseItem(
          input.seq(), input.type(), input.prompt(), input.subcompetencyCode(), input.required());
    }
    return edited(form, "item saved");
  }

  public FormView removeItem(long formId, long expectedVersion, int seq) {
    EvaluationForm form = editable(formId, expectedVersion);
    form.removeItem(seq);
    return edited(form, "item " + seq + " removed");
  }

  public FormView moveItem(long formId, long expectedVersion, int seq, int direction) {
    EvaluationForm form = editable(formId, expectedVersion);
    form.moveItem(seq, direction);
    return edited(form, "item " + seq + " moved");
  }

  /** Publishes the draft: from now on new evaluations of its kind are written on it. */
  public FormView publish(long formId, long expectedVersion) {
    EvaluationForm form = editable(formId, expectedVersion);
    Set<String> known = frameworks.codesOf(form.getProgramId());
    for (FormItem item : form.getItems()) {
      if (item.getType() == ItemType.MILESTONE && !known.contains(item.getSubcompetencyCode())) {
        throw new RuleViolationException(
            Wording.of(
                "evaluationForms.itemNamesWhichPrograms",
                item.getSeq(),
                item.getSubcompetencyCode()));
      }
    }
    form.useFramework(frameworks.frameworkIdOf(form.getProgramId()).orElse(null));
    defaults.pinBefore(form.getProgramId(), form.getKind(), form.getCode());
    form.publish(clock.instant());
    forms.flush();
    audit.record(
        EVALUATION_FORM_PUBLISHED, SUBJECT, form.getId(), form.getProgramId(), form.label());
    return view(form);
  }

  /** A draft of the next version of a published form (or the existing draft of it). */
  public FormView startNextVersion(long formId) {
    EvaluationForm form = find(formId);
    requireDirector(form.getProgramId());
    int latest = forms.latestVersion(form.getProgramId(), form.getCode());
    if (latest > form.getFormVersion()) {
      EvaluationForm newer = forms.find(form.getProgramId(), form.getCode(), latest).orElseThrow();
      if (!newer.isPublished()) {
        return view(newer);
      }
      throw new RuleViolationException(
          Wording.of("evaluationForms.versionExistsStartOne", latest, form.getCode()));
    }
    EvaluationForm next =
        form.nextDraft(frameworks.frameworkIdOf(form.getProgramId()).orElse(null));
    forms.add(next);
    audit.record(EVALUATION_FORM_DRAFTED, SUBJECT, next.getId(), next.getProgramId(), next.label());
    return view(next);
  }

  public boolean mayEdit(long programId) {
    return access.holdsInProgram(programId, Role.PROGRAM_DIRECTOR);
  }

  private void requireKnownSubcompetency(EvaluationForm form, ItemInput input) {
    if (input.type() != ItemType.MILESTONE || input.subcompetencyCode() == null) {
      return;
    }
    Set<String> known = frameworks.codesOf(form.getProgramId());
    if (!known.contains(input.subcompetencyCode().strip())) {
      throw new InvalidInputException(
          "subcompetency",
          known.isEmpty()
              ? Wording.of("evaluationForms.programHasCompetencyFramework")
              : Wording.of(
                  "evaluationForms.subcompetencyFramework", input.subcompetencyCode().strip()));
    }
  }

  private FormView edited(EvaluationForm form, String detail) {
    forms.flush();
    audit.record(EVALUATION_FORM_EDITED, SUBJECT, form.getId(), form.getProgramId(), detail);
    return view(form);
  }

  private EvaluationForm editable(long formId, long expectedVersion) {
    EvaluationForm form = find(formId);
    requireDirector(form.getProgramId());
    form.requireVersion(expectedVersion);
    locks.lockForChange(form);
    return form;
  }

  private void requireDirector(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
  }

  private EvaluationForm find(long formId) {
    EvaluationForm form =
        forms
            .findById(formId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("evaluationForms.form")));
    if (!access.holdsInProgram(form.getProgramId(), Role.values())) {
      throw new RecordNotFoundException(Wording.of("evaluationForms.form"));
    }
    return form;
  }

  FormView view(EvaluationForm form) {
    Map<String, SubcompetencyView> subs =
        form.getFrameworkId() == null
            ? Map.of()
            : frameworks.subcompetenciesOf(form.getFrameworkId());
    return FormView.of(form, code -> subs.containsKey(code) ? subs.get(code).title() : null);
  }
}
