package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.program.application.NewProgram;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.program.domain.ProgramKind;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.PagedModel;
import org.continuum.shared.web.UserMessages;

/** The administrator's programs page: create, describe, deactivate. */
@Named("programsAdmin")
@ViewScoped
public class ProgramsAdminBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramAdministration programs;

  private final PagedModel<ProgramView> model =
      new PagedModel<>(r -> programs.list(r), ProgramView::id);

  private String code;
  private String name;
  private ProgramKind kind = ProgramKind.RESIDENCY;
  private String specialty;
  private Integer lengthYears;

  private ProgramView selected;
  private String editName;
  private String editSpecialty;
  private Integer editLengthYears;

  public PagedModel<ProgramView> getModel() {
    return model;
  }

  public ProgramKind[] getKinds() {
    return ProgramKind.values();
  }

  public void create() {
    ProgramView created =
        programs.create(
            new NewProgram(code, name, kind, specialty, lengthYears == null ? 0 : lengthYears));
    UserMessages.info(Wording.of("programsAdminBean.wasCreatedAppointIts", created.name()));
    code = null;
    name = null;
    specialty = null;
    lengthYears = null;
  }

  public void select(ProgramView program) {
    selected = program;
    editName = program.name();
    editSpecialty = program.specialty();
    editLengthYears = program.lengthYears();
  }

  public void save() {
    selected =
        programs.update(
            selected.id(),
            selected.version(),
            editName,
            editSpecialty,
            editLengthYears == null ? 0 : editLengthYears);
    UserMessages.info(Wording.of("programsAdminBean.saved", selected.name()));
  }

  public void toggleActive() {
    selected = programs.setActive(selected.id(), selected.version(), !selected.active());
    UserMessages.info(selected.name() + (selected.active() ? " is active." : " is inactive."));
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public ProgramKind getKind() {
    return kind;
  }

  public void setKind(ProgramKind kind) {
    this.kind = kind;
  }

  public String getSpecialty() {
    return specialty;
  }

  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  public Integer getLengthYears() {
    return lengthYears;
  }

  public void setLengthYears(Integer lengthYears) {
    this.lengthYears = lengthYears;
  }

  public ProgramView getSelected() {
    return selected;
  }

  public String getEditName() {
    return editName;
  }

  public void setEditName(String editName) {
    this.editName = editName;
  }

  public String getEditSpecialty() {
    return editSpecialty;
  }

  public void setEditSpecialty(String editSpecialty) {
    this.editSpecialty = editSpecialty;
  }

  public Integer getEditLengthYears() {
    return editLengthYears;
  }

  public void setEditLengthYears(Integer editLengthYears) {
    this.editLengthYears = editLengthYears;
  }
}
