package org.continuum.review.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * A trainee's individualized learning plan after a finalised review: goals from their gaps (levels
 * below target, minimums behind pace) and the committee's own, with due dates. The committee edits
 * it as a draft and shares it; the trainee acknowledges it; goals are marked met at the next
 * review. A change after sharing asks for a new acknowledgement.
 */
@Entity
@Table(name = "learning_plan")
public class LearningPlan extends BaseEntity {

  /** Where the plan stands. */
  public enum Status {
    DRAFT("draft, not shared"),
    SHARED("shared, not acknowledged yet"),
    ACKNOWLEDGED("acknowledged by the trainee");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  @Column(name = "period_id", nullable = false, updatable = false)
  private long periodId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private long traineeId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private Status status;

  @Column(name = "shared_at")
  private Instant sharedAt;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<LearningGoal> goals = new ArrayList<>();

  protected LearningPlan() {}

  /** A draft for a trainee after a finalised period. */
  public static LearningPlan draft(ReviewPeriod period, long traineeId) {
    if (!period.isFinalised()) {
      throw new RuleViolationException(Wording.of("learningPlan.learningPlanFollowsFinalized"));
    }
    LearningPlan plan = new LearningPlan();
    plan.periodId = period.getId();
    plan.traineeId = traineeId;
    plan.status = Status.DRAFT;
    return plan;
  }

  public LearningGoal addGoal(
      LearningGoal.Source source,
      String code,
      String text,
      LocalDate dueOn,
      PatientIdentifierGuard guard) {
    LearningGoal goal = new LearningGoal(this, goals.size() + 1, source, code);
    goal.describe(text, dueOn, guard);
    goals.add(goal);
    changed();
    return goal;
  }

  public void reviseGoal(
      int seq, String text, LocalDate dueOn, boolean met, PatientIdentifierGuard guard) {
    LearningGoal goal = goal(seq);
    goal.describe(text, dueOn, guard);
    goal.markMet(met);
    changed();
  }

  public void removeGoal(int seq) {
    goals.remove(goal(seq));
    for (int i = 0; i < goals.size(); i++) {
      goals.get(i).renumber(i + 1);
    }
    changed();
  }

  public void share(Instant now) {
    if (goals.isEmpty()) {
      throw new RuleViolationException(Wording.of("learningPlan.planNeedsLeastOne"));
    }
    status = Status.SHARED;
    sharedAt = now;
  }

  public void acknowledge(long byTraineeId, Instant now) {
    if (byTraineeId != traineeId) {
      throw new AccessDeniedException();
    }
    if (status != Status.SHARED) {
      throw new RuleViolationException(
          status == Status.ACKNOWLEDGED
              ? Wording.of("learningPlan.haveAlreadyAcknowledgedPlan")
              : Wording.of("learningPlan.planSharedYet"));
    }
    status = Status.ACKNOWLEDGED;
    acknowledgedAt = now;
  }

  /** Whether the trainee may read it: once shared. */
  public boolean isVisibleToTrainee() {
    return status != Status.DRAFT;
  }

  private void changed() {
    if (status == Status.ACKNOWLEDGED) {
      status = Status.SHARED; // the trainee acknowledges the plan as it now stands
      acknowledgedAt = null;
    }
  }

  private LearningGoal goal(int seq) {
    return goals.stream()
        .filter(g -> g.getSeq() == seq)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("learningPlan.goal")));
  }

  public long getPeriodId() {
    return periodId;
  }

  public long getTraineeId() {
    return traineeId;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getSharedAt() {
    return sharedAt;
  }

  public Instant getAcknowledgedAt() {
    return acknowledgedAt;
  }

  public List<LearningGoal> getGoals() {
    return Collections.unmodifiableList(goals);
  }
}
