package org.continuum.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.evaluation.application.EvaluationForms;
import org.continuum.evaluation.application.FormView;
import org.continuum.evaluation.application.RotationForms;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationView;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/** Which form each rotation's evaluations use, on the program's forms page. */
@Named("rotationForms")
@ViewScoped
public class RotationFormsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RotationForms choices;
  @Inject EvaluationForms forms;
  @Inject Curriculum curriculum;
  @Inject ProgramContext page;

  private List<RotationForms.Row> rows;
  private Long rotationId;
  private String formCode;

  public List<RotationForms.Row> getRows() {
    if (rows == null) {
      rows = choices.of(page.getProgramId());
    }
    return rows;
  }

  public void choose() {
    RotationForms.Row chosen = choices.choose(page.getProgramId(), rotationId, formCode);
    rows = null;
    rotationId = null;
    formCode = null;
    UserMessages.info(
        Wording.of("rotationFormsBean.chosen", chosen.rotationName(), chosen.formTitle()));
  }

  public void remove(RotationForms.Row row) {
    choices.remove(page.getProgramId(), row.id(), row.version());
    rows = null;
    UserMessages.info(Wording.of("rotationFormsBean.removed", row.rotationName()));
  }

  public List<RotationView> getRotations() {
    return curriculum.rotations(page.getProgramId()).stream().filter(RotationView::active).toList();
  }

  /** One entry per published form a rotation can use, in its newest version: "Title (CODE)". */
  public Map<String, String> getFormChoices() {
    Map<String, String> found = new LinkedHashMap<>();
    Set<String> codes = new HashSet<>();
    for (FormView f : forms.ofProgram(page.getProgramId())) {
      boolean perRotation =
          !f.kind().isAnonymous() && f.kind() != EvaluationKind.DIRECT_OBSERVATION;
      // versions come newest first within a code, so the first published one is the newest
      if (!f.isDraft() && perRotation && codes.add(f.code())) {
        found.put(Wording.of("rotationFormsBean.formChoice", f.title(), f.code()), f.code());
      }
    }
    return found;
  }

  public boolean isEditor() {
    return forms.mayEdit(page.getProgramId());
  }

  public Long getRotationId() {
    return rotationId;
  }

  public void setRotationId(Long rotationId) {
    this.rotationId = rotationId;
  }

  public String getFormCode() {
    return formCode;
  }

  public void setFormCode(String formCode) {
    this.formCode = formCode;
  }
}
