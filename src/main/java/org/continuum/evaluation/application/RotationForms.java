package org.continuum.evaluation.application;

import static org.continuum.audit.domain.AuditEventType.ROTATION_FORM_CHOSEN;
import static org.continuum.audit.domain.AuditEventType.ROTATION_FORM_REMOVED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.continuum.audit.application.AuditTrail;
import org.continuum.evaluation.domain.DefaultForm;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationFormRepository;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.RotationFormChoice;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationView;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * Which form each rotation's evaluations use: the program director attaches a form to a rotation (a
 * laboratory's own form rates electrodiagnosis) and sets the default every other rotation uses.
 */
@ApplicationScoped
@Transactional
public class RotationForms {

  static final String SUBJECT = "rotation-form";

  @Inject AccessPolicy access;
  @Inject EvaluationFormRepository forms;
  @Inject Curriculum curriculum;
  @Inject AuditTrail audit;
  @Inject DefaultForms defaults;

  /**
   * A rotation's form, as the program's people read it; a pinned default has no rotation (0) and
   * reads "every other rotation".
   */
  public record Row(
      long id,
      long version,
      long rotationId,
      String rotationName,
      EvaluationKind kind,
      String formCode,
      String formTitle)
      implements Serializable {

    public boolean isDefault() {
      return rotationId == 0;
    }
  }

  public List<Row> of(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    Map<Long, RotationView> rotations = rotations(programId);
    List<Row> rows = new ArrayList<>();
    for (DefaultForm d : forms.defaultForms(programId)) {
      rows.add(defaultRow(d, title(programId, d.getFormCode())));
    }
    forms.rotationForms(programId).stream()
        .map(c -> row(c, rotations.get(c.getRotationId())))
        .forEach(rows::add);
    return rows;
  }

  /**
   * Attaches the form with {@code formCode} to the rotation for its kind of evaluation, or, with no
   * rotation, makes it the default of every rotation without a form of its own.
   */
  public Row choose(long programId, Long rotationId, String formCode) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    String code = Check.required("form", Wording.of("label.form"), formCode).strip();
    EvaluationForm form =
        forms
            .newestPublished(programId, code.toUpperCase(Locale.ROOT))
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "form", Wording.of("evaluationForm.publishedInProgram")));
    if (rotationId == null || rotationId == 0) {
      return chooseDefault(programId, form);
    }
    RotationView rotation = rotations(programId).get(rotationId);
    if (rotation == null || !rotation.active()) {
      throw new InvalidInputException("rotation", Wording.of("rotationForms.rotationOfProgram"));
    }
    defaults.pinBefore(programId, form.getKind(), form.getCode());
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
    flush();
    audit.record(
        ROTATION_FORM_CHOSEN,
        SUBJECT,
        choice.getId(),
        programId,
        rotation.code() + " " + form.getKind().name() + " " + form.getCode());
    return row(choice, rotation);
  }

  private Row chooseDefault(long programId, EvaluationForm form) {
    DefaultForm pinned = forms.defaultForm(programId, form.getKind()).orElse(null);
    if (pinned == null) {
      pinned = new DefaultForm(programId, form);
      forms.add(pinned);
    } else {
      pinned.use(form);
    }
    flush();
    audit.record(
        ROTATION_FORM_CHOSEN,
        SUBJECT,
        pinned.getId(),
        programId,
        "* " + form.getKind().name() + " " + form.getCode());
    return defaultRow(pinned, form.getTitle());
  }

  private static Row defaultRow(DefaultForm d, String title) {
    return new Row(
        d.getId(),
        d.getVersion(),
        0,
        Wording.of("rotationForms.everyOther"),
        d.getKind(),
        d.getFormCode(),
        title);
  }

  /** Two directors choosing for the same rotation at once: the second is told, not shown a 500. */
  private void flush() {
    try {
      forms.flush();
    } catch (PersistenceException clash) {
      throw new ConcurrentEditException(null, null);
    }
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

  private String title(long programId, String code) {
    return forms.newestPublished(programId, code).map(EvaluationForm::getTitle).orElse(code);
  }

  private Row row(RotationFormChoice c, RotationView rotation) {
    String title = title(c.getProgramId(), c.getFormCode());
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
