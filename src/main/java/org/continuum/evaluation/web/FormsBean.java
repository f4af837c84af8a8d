package org.continuum.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.evaluation.application.EvaluationForms;
import org.continuum.evaluation.application.FormView;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.shared.web.ProgramContext;

/** The program's evaluation forms, every version, and starting a new form. */
@Named("evaluationForms")
@ViewScoped
public class FormsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EvaluationForms forms;
  @Inject ProgramContext page;

  private List<FormView> all;
  private String code;
  private EvaluationKind kind = EvaluationKind.FACULTY_OF_TRAINEE;
  private String title;

  public List<FormView> getAll() {
    if (all == null) {
      all = forms.ofProgram(page.getProgramId());
    }
    return all;
  }

  /** Creates the draft and opens it in the builder. */
  public String create() {
    FormView form = forms.create(page.getProgramId(), code, kind, title, null);
    return "/program/form-edit.xhtml?faces-redirect=true&program="
        + page.getProgramId()
        + "&form="
        + form.id();
  }

  public boolean isEditor() {
    return forms.mayEdit(page.getProgramId());
  }

  public List<EvaluationKind> getKinds() {
    return List.of(EvaluationKind.values());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public void setKind(EvaluationKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
