package org.continuum.evaluation.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.continuum.evaluation.application.EvaluationDetail;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * Direct observations of logged procedures: the trainee asks their supervisor for one; the
 * supervisor starts one themselves from the verification queue.
 */
@Named("observationRequest")
@RequestScoped
public class ObservationRequestBean {

  @Inject EvaluationRequests requests;

  /** The supervisor rates a procedure they watched: the request is made and opened at once. */
  public String observe(long procedureLogId) {
    EvaluationDetail asked = requests.requestObservation(procedureLogId);
    return "/evaluations/complete.xhtml?faces-redirect=true&id=" + asked.id();
  }

  public void request(long procedureLogId) {
    EvaluationDetail asked = requests.requestObservation(procedureLogId);
    UserMessages.info(
        Wording.of(
            "observationRequestBean.askedDirectObservationProcedure",
            asked.evaluatorName(),
            asked.dueOn()));
  }
}
