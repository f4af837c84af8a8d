package org.continuum.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.web.PagedModel;

/**
 * The evaluations page: what the person is to write (soonest due first), what was written about
 * them, and what they signed.
 */
@Named("myEvaluations")
@ViewScoped
public class MyEvaluationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Evaluations evaluations;
  @Inject InstitutionTime time;

  private List<EvaluationRow> open;
  private PagedModel<EvaluationRow> aboutMe;
  private PagedModel<EvaluationRow> signedByMe;

  public List<EvaluationRow> getOpen() {
    if (open == null) {
      open = evaluations.myOpen();
    }
    return open;
  }

  public PagedModel<EvaluationRow> getAboutMe() {
    if (aboutMe == null) {
      aboutMe = new PagedModel<>(evaluations::aboutMe, EvaluationRow::id);
    }
    return aboutMe;
  }

  public PagedModel<EvaluationRow> getSignedByMe() {
    if (signedByMe == null) {
      signedByMe = new PagedModel<>(evaluations::signedByMe, EvaluationRow::id);
    }
    return signedByMe;
  }

  public boolean isOverdue(EvaluationRow row) {
    return row.isOverdue(time.today());
  }
}
