package org.continuum.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.report.application.RequirementMatrix;
import org.continuum.report.application.RequirementOverview;
import org.continuum.report.application.Requirements;
import org.continuum.shared.web.ProgramContext;

/** The program's requirement overview, and one trainee's matrix when a trainee is chosen. */
@Named("requirements")
@ViewScoped
public class RequirementsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Requirements requirements;
  @Inject ProgramContext page;

  private Long traineeId;
  private RequirementOverview overview;
  private RequirementMatrix matrix;

  public void load() {
    if (traineeId != null) {
      matrix = requirements.of(page.getProgramId(), traineeId);
    } else {
      overview = requirements.overview(page.getProgramId());
    }
  }

  public RequirementOverview getOverview() {
    return overview;
  }

  public RequirementMatrix getMatrix() {
    return matrix;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }
}
