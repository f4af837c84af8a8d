package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Wording;

/**
 * The program's form of a kind for every rotation without one of its own, named by code. It is
 * pinned as soon as a second form of the kind exists, so the form a single rotation took never
 * becomes everyone's by being published last or detached from its rotation.
 */
@Entity
@Table(name = "evaluation_form_default")
public class DefaultForm extends BaseEntity {

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 40)
  private EvaluationKind kind;

  @Column(name = "form_code", nullable = false, length = 40)
  private String formCode;

  protected DefaultForm() {}

  public DefaultForm(long programId, EvaluationForm form) {
    this.programId = programId;
    this.kind = Check.required("form", Wording.of("label.form"), form).getKind();
    use(form);
  }

  /** Every rotation without a form of its own uses {@code form} from now on. */
  public void use(EvaluationForm form) {
    Check.required("form", Wording.of("label.form"), form).requireUsableFor(programId, kind);
    this.formCode = form.getCode();
  }

  public long getProgramId() {
    return programId;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public String getFormCode() {
    return formCode;
  }
}
