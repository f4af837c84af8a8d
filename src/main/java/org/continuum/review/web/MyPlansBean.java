package org.continuum.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.review.application.LearningPlans;
import org.continuum.review.application.PlanView;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/** The trainee's learning plans, shared with them after each review, to read and acknowledge. */
@Named("myPlans")
@ViewScoped
public class MyPlansBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LearningPlans plans;

  private List<PlanView> mine;

  public List<PlanView> getPlans() {
    if (mine == null) {
      mine = plans.mine();
    }
    return mine;
  }

  public void acknowledge(PlanView plan) {
    plans.acknowledge(plan.id(), plan.version());
    mine = null;
    UserMessages.info(Wording.of("myPlansBean.thankHaveAcknowledgedLearning"));
  }
}
