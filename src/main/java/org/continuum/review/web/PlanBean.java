package org.continuum.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.continuum.review.application.LearningPlans;
import org.continuum.review.application.PlanView;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * A trainee's learning plan after a finalised review, for the committee and director: draft it from
 * the gaps, edit the goals, share it.
 */
@Named("learningPlan")
@ViewScoped
public class PlanBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject LearningPlans plans;
  @Inject ProgramContext page;

  private Long periodId;
  private Long traineeId;
  private PlanView plan;
  private String newGoal;
  private LocalDate newDue;

  public void load() {
    if (periodId == null || traineeId == null) {
      throw new RecordNotFoundException(Wording.of("planBean.learningPlan"));
    }
    plan = plans.find(periodId, traineeId);
  }

  public void draft() {
    plan = plans.draftFromGaps(periodId, traineeId);
    UserMessages.info(Wording.of("planBean.draftedGoalsGaps", plan.goals().size()));
  }

  public void addGoal() {
    plan = plans.addGoal(plan.id(), plan.version(), newGoal, newDue);
    newGoal = null;
    UserMessages.info(Wording.of("planBean.goalAdded"));
  }

  public void toggleMet(PlanView.Goal goal) {
    plan =
        plans.reviseGoal(
            plan.id(), plan.version(), goal.seq(), goal.goal(), goal.dueOn(), !goal.met());
  }

  public void remove(PlanView.Goal goal) {
    plan = plans.removeGoal(plan.id(), plan.version(), goal.seq());
    UserMessages.info(Wording.of("planBean.goalRemoved"));
  }

  public void share() {
    plan = plans.share(plan.id(), plan.version());
    UserMessages.info(Wording.of("planBean.sharedTraineeWhoAsked"));
  }

  public PlanView getPlan() {
    return plan;
  }

  public Long getPeriodId() {
    return periodId;
  }

  public void setPeriodId(Long periodId) {
    this.periodId = periodId;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public void setTraineeId(Long traineeId) {
    this.traineeId = traineeId;
  }

  public String getNewGoal() {
    return newGoal;
  }

  public void setNewGoal(String newGoal) {
    this.newGoal = newGoal;
  }

  public LocalDate getNewDue() {
    return newDue;
  }

  public void setNewDue(LocalDate newDue) {
    this.newDue = newDue;
  }
}
