package org.continuum.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.procedure.application.ProcedureHistory;
import org.continuum.report.application.RequirementMatrix;
import org.continuum.report.application.Requirements;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UrlParams;

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
  private ProcedureHistory history;
  private List<EvaluationRow> signed = List.of();
  private int signedTotal;

  public void load() {
    if (traineeId == null) {
      throw new RecordNotFoundException(Wording.of("traineePageBean.trainee"));
    }
    matrix = requirements.of(page.getProgramId(), traineeId);
    history = requirements.history(page.getProgramId(), traineeId);
    if (page.isCommittee()) {
      List<EvaluationRow> all = evaluations.signedAbout(page.getProgramId(), traineeId);
      signedTotal = all.size();
      signed = List.copyOf(all.subList(0, Math.min(EVALUATIONS_SHOWN, all.size())));
    }
  }

  public RequirementMatrix getMatrix() {
    return matrix;
  }

  public ProcedureHistory getHistory() {
    return history;
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

  /** The address's trainee, read as text: anything but an id is "not found", not an error. */
  public String getTraineeParam() {
    return traineeId == null ? null : traineeId.toString();
  }

  public void setTraineeParam(String value) {
    traineeId = UrlParams.id(value);
  }
}
