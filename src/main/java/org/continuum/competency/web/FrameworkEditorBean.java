package org.continuum.competency.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyForm;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.competency.domain.CoreCompetency;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * Editing a framework draft: its details and subcompetencies, then publishing it and, if wanted,
 * using it for the program. Each save carries the draft's version, so two directors editing at once
 * do not overwrite each other.
 */
@Named("frameworkEditor")
@ViewScoped
public class FrameworkEditorBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Frameworks frameworks;
  @Inject ProgramContext page;

  private Long frameworkId;
  private FrameworkView framework;

  private String name;
  private String specialty;
  private String description;

  private Long subId;
  private String subCode;
  private CoreCompetency subCompetency;
  private String subTitle;
  private String[] levels = new String[5];

  /** View action: a published version read-only; a draft only for whoever may edit it. */
  public void load() {
    if (frameworkId == null) {
      throw new RecordNotFoundException(Wording.of("frameworkEditorBean.framework"));
    }
    show(frameworks.get(frameworkId));
    if (framework.draft() && !frameworks.mayEdit(framework)) {
      throw new AccessDeniedException();
    }
  }

  private void show(FrameworkView view) {
    framework = view;
    name = view.name();
    specialty = view.specialty();
    description = view.description();
  }

  public boolean isEditable() {
    return framework != null && framework.draft() && frameworks.mayEdit(framework);
  }

  public void saveDetails() {
    show(frameworks.describe(framework.id(), framework.version(), name, specialty, description));
    UserMessages.info(Wording.of("frameworkEditorBean.saved"));
  }

  public void startNew() {
    subId = null;
    subCode = null;
    subCompetency = CoreCompetency.PC;
    subTitle = null;
    levels = new String[5];
  }

  public void edit(SubcompetencyView s) {
    subId = s.id();
    subCode = s.code();
    subCompetency = s.competency();
    subTitle = s.title();
    levels = s.levels().toArray(String[]::new);
  }

  public void saveSubcompetency() {
    show(
        frameworks.saveSubcompetency(
            framework.id(),
            framework.version(),
            new SubcompetencyForm(subId, subCode, subCompetency, subTitle, Arrays.asList(levels))));
    UserMessages.info(Wording.of("frameworkEditorBean.saved2", subCode));
  }

  public void remove(SubcompetencyView s) {
    show(frameworks.removeSubcompetency(framework.id(), framework.version(), s.id()));
    UserMessages.info(Wording.of("frameworkEditorBean.removed", s.code()));
  }

  public void publish() {
    show(frameworks.publish(framework.id(), framework.version()));
    UserMessages.info(
        Wording.of("frameworkEditorBean.publishedFrozenNowChoose", framework.label()));
  }

  public void adopt() {
    frameworks.adopt(page.getProgramId(), framework.id());
    UserMessages.info(Wording.of("frameworkEditorBean.programNowUses", framework.label()));
  }

  public List<CoreCompetency> getCompetencies() {
    return new ArrayList<>(List.of(CoreCompetency.values()));
  }

  public FrameworkView getFramework() {
    return framework;
  }

  public Long getFrameworkId() {
    return frameworkId;
  }

  public void setFrameworkId(Long frameworkId) {
    this.frameworkId = frameworkId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSpecialty() {
    return specialty;
  }

  public void setSpecialty(String specialty) {
    this.specialty = specialty;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getSubCode() {
    return subCode;
  }

  public void setSubCode(String subCode) {
    this.subCode = subCode;
  }

  public CoreCompetency getSubCompetency() {
    return subCompetency;
  }

  public void setSubCompetency(CoreCompetency subCompetency) {
    this.subCompetency = subCompetency;
  }

  public String getSubTitle() {
    return subTitle;
  }

  public void setSubTitle(String subTitle) {
    this.subTitle = subTitle;
  }

  public String[] getLevels() {
    return levels;
  }

  public Long getSubId() {
    return subId;
  }
}
