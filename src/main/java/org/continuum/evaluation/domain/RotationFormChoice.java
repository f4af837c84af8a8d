package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * The form a rotation's evaluations of one kind are written on, named by code so that each new
 * published version is used as it comes. Only the kinds issued when a block ends are chosen: the
 * anonymous evaluation of teaching pools its answers across rotations (a form of its own would set
 * one apart), and a direct observation is asked for an entry, not a block.
 */
@Entity
@Table(name = "rotation_form")
public class RotationFormChoice extends BaseEntity {

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "rotation_id", nullable = false, updatable = false)
  private long rotationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 40)
  private EvaluationKind kind;

  @Column(name = "form_code", nullable = false, length = 40)
  private String formCode;

  protected RotationFormChoice() {}

  public RotationFormChoice(long programId, long rotationId, EvaluationForm form) {
    this.programId = programId;
    this.rotationId = rotationId;
    this.kind = Check.required("form", Wording.of("label.form"), form).getKind();
    use(form);
  }

  /** Uses {@code form} from now on: a published form of this program and of this kind. */
  public void use(EvaluationForm form) {
    Check.required("form", Wording.of("label.form"), form).requireUsableFor(programId, kind);
    if (kind.isAnonymous()) {
      throw new InvalidInputException("form", Wording.of("rotationFormChoice.notAnonymous"));
    }
    if (kind == EvaluationKind.DIRECT_OBSERVATION) {
      throw new InvalidInputException("form", Wording.of("rotationFormChoice.notObservation"));
    }
    this.formCode = form.getCode();
  }

  public long getProgramId() {
    return programId;
  }

  public long getRotationId() {
    return rotationId;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public String getFormCode() {
    return formCode;
  }
}
