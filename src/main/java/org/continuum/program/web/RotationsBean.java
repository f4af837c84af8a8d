package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationForm;
import org.continuum.program.application.RotationView;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * The program's rotations: everyone in the program reads them; the director and coordinators add
 * and edit them, mapping each objective to the program's subcompetencies.
 */
@Named("rotations")
@ViewScoped
public class RotationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Curriculum curriculum;
  @Inject Frameworks frameworks;
  @Inject ProgramContext page;

  private List<RotationView> list;
  private List<SubcompetencyView> subcompetencies;

  private Long editId;
  private Long editVersion;
  private String code;
  private String name;
  private String site;
  private Integer lengthWeeks;
  private String goals;
  private boolean active = true;
  private List<ObjectiveRow> objectives = new ArrayList<>();

  /** One editable objective: its text and the subcompetency codes ticked. */
  public static class ObjectiveRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private String text;
    private String[] codes = new String[0];

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String[] getCodes() {
      return codes;
    }

    public void setCodes(String[] codes) {
      this.codes = codes == null ? new String[0] : codes;
    }
  }

  public List<RotationView> getList() {
    if (list == null) {
      list = curriculum.rotations(page.getProgramId());
    }
    return list;
  }

  /** The subcompetencies objectives can map to: those of the program's framework. */
  public List<SubcompetencyView> getSubcompetencies() {
    if (subcompetencies == null) {
      subcompetencies =
          frameworks
              .ofProgram(page.getProgramId())
              .map(FrameworkView::subcompetencies)
              .orElse(List.of());
    }
    return subcompetencies;
  }

  public void startNew() {
    editId = null;
    editVersion = null;
    code = null;
    name = null;
    site = null;
    lengthWeeks = 4;
    goals = null;
    active = true;
    objectives = new ArrayList<>(List.of(new ObjectiveRow()));
  }

  public void edit(RotationView r) {
    editId = r.id();
    editVersion = r.version();
    code = r.code();
    name = r.name();
    site = r.site();
    lengthWeeks = r.lengthWeeks();
    goals = r.goals();
    active = r.active();
    objectives = new ArrayList<>();
    for (RotationView.Objective o : r.objectives()) {
      ObjectiveRow row = new ObjectiveRow();
      row.setText(o.text());
      row.setCodes(o.subcompetencies().toArray(String[]::new));
      objectives.add(row);
    }
    objectives.add(new ObjectiveRow());
  }

  public void addObjective() {
    objectives.add(new ObjectiveRow());
  }

  public void save() {
    RotationView saved =
        curriculum.saveRotation(
            page.getProgramId(),
            new RotationForm(
                editId,
                editVersion,
                code,
                name,
                site,
                lengthWeeks,
                goals,
                objectives.stream()
                    .map(o -> new RotationView.Objective(o.getText(), Arrays.asList(o.getCodes())))
                    .toList(),
                active));
    UserMessages.info(Wording.of("rotationsBean.savedRotation", saved.label()));
    list = null;
  }

  public Long getEditId() {
    return editId;
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

  public String getSite() {
    return site;
  }

  public void setSite(String site) {
    this.site = site;
  }

  public Integer getLengthWeeks() {
    return lengthWeeks;
  }

  public void setLengthWeeks(Integer lengthWeeks) {
    this.lengthWeeks = lengthWeeks;
  }

  public String getGoals() {
    return goals;
  }

  public void setGoals(String goals) {
    this.goals = goals;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public List<ObjectiveRow> getObjectives() {
    return objectives;
  }
}
