package org.continuum.evaluation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.evaluation.application.EvaluationDetail;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * Reading an evaluation, signature included: the trainee acknowledges it, the author starts an
 * amendment. Printable as it is.
 */
@Named("evaluationView")
@ViewScoped
public class ReadEvaluationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Evaluations evaluations;

  private Long id;
  private EvaluationDetail evaluation;
  private String amendmentReason;

  public void load() {
    if (id == null) {
      throw new RecordNotFoundException(Wording.of("readEvaluationBean.evaluation"));
    }
    evaluation = evaluations.get(id);
  }

  public void acknowledge() {
    evaluation = evaluations.acknowledge(evaluation.id(), evaluation.version());
    UserMessages.info(Wording.of("readEvaluationBean.thankHaveAcknowledgedEvaluation"));
  }

  public String amend() {
    EvaluationDetail amendment = evaluations.startAmendment(evaluation.id(), amendmentReason);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    UserMessages.info(Wording.of("readEvaluationBean.amendmentStartedSignedOriginal"));
    return "/evaluations/complete.xhtml?faces-redirect=true&id=" + amendment.id();
  }

  public EvaluationDetail getEvaluation() {
    return evaluation;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getAmendmentReason() {
    return amendmentReason;
  }

  public void setAmendmentReason(String amendmentReason) {
    this.amendmentReason = amendmentReason;
  }
}
