package org.continuum.evaluation.application;

import static org.continuum.audit.domain.AuditEventType.ROTATION_FORM_CHOSEN;
import static org.continuum.audit.domain.AuditEventType.ROTATION_FORM_REMOVED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuum.audit.application.AuditTrail;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.RotationFormChoice;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationView;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * Which form each rotation's evaluations use: the program director attaches a form to a rotation
 * (the EDX laboratory's rates electrodiagnosis); every other rotation uses the program's default.
 */
@ApplicationScoped
@Transactional
public class RotationForms {

  static final String SUBJECT = "rotation-form";

  @Inject AccessPolicy access;
  @Inject EvaluationFormRepository forms;
  @Inject Curriculum curriculum;
  @Inject AuditTrail audit;

  /** A rotation's form, as the program's people read it. */
  public record Row(
      long id,
      long version,
      long rotationId,
      String rotationName,
      EvaluationKind kind,
      String formCode,
      String formTitle) {}

  public List<Row> of(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    Map<Long, RotationView> rotations = rotations(programId);
    return forms.rotationForms(programId).stream()
        .map(c -> row(c, rotations.get(c.getRotationId())))
        .toList();
  }

  /** Attaches the form with {@code formCode} to the rotation for its kind of evaluation. */
  public Row choose(long programId, Long rotationId, String formCode) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    Check.required("rotation", Wording.of("label.rotation"), rotationId);
    String code = Check.required("form", Wording.of("label.form"), formCode).strip();
    RotationView rotation = rotations(programId).get(rotationId);
    if (rotation == null) {
      throw new InvalidInputException("rotation", Wording.of("rotationForms.rotationOfProgram"));
    }
    EvaluationForm form =
        forms
            .newestPublished(programId, code)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "form", Wording.of("rotationFormChoice.publishedInProgram")));
    RotationFormChoice choice =
        forms.rotationForms(programId).stream()
            .filter(c -> c.getRotationId() == rotationId && c.getKind() == form.getKind())
            .findFirst()
            .orElse(null);
    if (choice == null) {
      choice = new RotationFormChoice(programId, rotationId, form);
      forms.add(choice);
    } else {
      choice.use(form);
    }
    forms.flush();
    audit.record(
        ROTATION_FORM_CHOSEN,
        SUBJECT,
        choice.getId(),
        programId,
        rotation.code() + " " + form.getKind().name() + " " + form.getCode());
    return row(choice, rotation);
  }

  /** Detaches a rotation's form: its evaluations go back to the program's default. */
  public void remove(long programId, long choiceId, long expectedVersion) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    RotationFormChoice choice =
        forms
            .rotationForm(choiceId)
            .filter(c -> c.getProgramId() == programId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("rotationForms.choice")));
    choice.requireVersion(expectedVersion);
    forms.remove(choice);
    audit.record(
        ROTATION_FORM_REMOVED, SUBJECT, choiceId, programId, String.valueOf(choice.getFormCode()));
  }

  private Map<Long, RotationView> rotations(long programId) {
    return curriculum.rotations(programId).stream()
        .collect(Collectors.toMap(RotationView::id, Function.identity()));
  }

  private Row row(RotationFormChoice c, RotationView rotation) {
    String title =
        forms
            .newestPublished(c.getProgramId(), c.getFormCode())
            .map(EvaluationForm::getTitle)
            .orElse(c.getFormCode());
    return new Row(
        c.getId(),
        c.getVersion(),
        c.getRotationId(),
        rotation == null ? "" : rotation.name(),
        c.getKind(),
        c.getFormCode(),
        title);
  }
}
