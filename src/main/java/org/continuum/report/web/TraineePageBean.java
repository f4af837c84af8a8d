package org.continuum.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.report.application.RequirementMatrix;
import org.continuum.report.application.Requirements;
import org.continuum.shared.web.ProgramContext;

/**
 * One trainee as their program's leadership sees them, where every table's trainee name leads:
 * requirements done against required, with the way to their logs, milestones and signed
 * evaluations. Evaluations are read by the director and committee only, as everywhere.
 */
@Named("traineePage")
@ViewScoped
public class TraineePageBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The newest signed evaluations shown; the rest are one click away on each. */
  static final int EVALUATIONS_SHOWN = 10;

  @Inject Requirements requirements;
  @Inject Evaluations evaluations;
  @Inject ProgramContext page;

  private Long traineeId;
  private RequirementMatrix matrix;
  private List<EvaluationRow> signed = List.of();
  private int signedTotal;

  public void load() {
    matrix = requirements.of(page.getProgramId(), traineeId);
    if (page.isCommittee()) {
      List<EvaluationRow> all = evaluations.signedAbout(page.getProgramId(), traineeId);
      signedTotal = all.size();
      signed = all.subList(0, Math.min(EVALUATIONS_SHOWN, all.size()));
    }
  }

  public RequirementMatrix getMatrix() {
    return matrix;
  }

  public List<EvaluationRow> getSigned() {
    return signed;
  }

  public int getSignedTotal() {
    return signedTotal;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }
}
