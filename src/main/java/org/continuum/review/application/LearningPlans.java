package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.learning.application.ModuleRequirements;
import org.continuum.learning.application.RequirementStatus;
import org.continuum.review.domain.LearningGoal;
import org.continuum.review.domain.LearningPlan;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.review.domain.Term;
import org.continuum.shared.application.IdentifierGuards;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.AggregateLocks;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * Individualized learning plans: drafted from a finalised review's gaps (each subcompetency below
 * target, each minimum behind pace, each required case module not passed and due by the next
 * review), edited and shared by the committee or director, read and acknowledged by the trainee
 * once shared. Goals are due by the end of the next review period.
 */
@ApplicationScoped
@Transactional
public class LearningPlans {

  static final String SUBJECT = "learning-plan";

  @Inject IdentifierGuards guards;
  @Inject AggregateLocks locks;
  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ReviewRepository reviews;
  @Inject CccReviews committee;
  @Inject ModuleRequirements requiredModules;
  @Inject AuditTrail audit;

  /** The plan after a period for a trainee, if there is one (committee and director). */
  public PlanView find(long periodId, long traineeId) {
    ReviewPeriod period = committee.readable(periodId);
    return reviews.plan(periodId, traineeId).map(p -> PlanView.of(p, period.label())).orElse(null);
  }

  /**
   * Drafts the plan from the trainee's gaps in a finalised period (or returns the existing one).
   */
  public PlanView draftFromGaps(long periodId, long traineeId) {
    ReviewPeriod period = committee.readable(periodId);
    var existing = reviews.plan(periodId, traineeId);
    if (existing.isPresent()) {
      return PlanView.of(existing.get(), period.label());
    }
    EvidencePacket packet = committee.packet(periodId, traineeId);
    LearningPlan plan = LearningPlan.draft(period, traineeId);
    LocalDate due = nextPeriodEnd(period);
    for (PacketRow row : packet.rows()) {
      String level = row.finalLevel();
      if (level != null && Double.parseDouble(level) < Double.parseDouble(row.target())) {
        plan.addGoal(
            LearningGoal.Source.LEVEL,
            row.code(),
            Wording.of("learningPlans.reachLevelNow", row.target(), row.code(), row.title(), level),
            due,
            guards.guard());
      }
    }
    for (EvidencePacket.MinimumLine m : packet.minimums()) {
      if ("Behind".equalsIgnoreCase(m.pace())) {
        plan.addGoal(
            LearningGoal.Source.MINIMUM,
            null,
            Wording.of("learningPlans.catchUpVerifiedSo", m.label(), m.verified(), m.required()),
            due,
            guards.guard());
      }
    }
    for (RequirementStatus module : requiredModules.statusOf(period.getProgramId(), traineeId)) {
      if (!module.isDone() && (module.dueOn() == null || !module.dueOn().isAfter(due))) {
        plan.addGoal(
            LearningGoal.Source.MODULE,
            null,
            Wording.of(
                "learningPlans.passCaseModuleRequired",
                module.moduleTitle(),
                module.when(),
                (module.overdue() ? ", overdue" : "")),
            due,
            guards.guard());
      }
    }
    reviews.add(plan);
    reviews.flush();
    audit.record(
        AuditEventType.LEARNING_PLAN_DRAFTED,
        SUBJECT,
        plan.getId(),
        period.getProgramId(),
        plan.getGoals().size() + " goals from gaps");
    return PlanView.of(plan, period.label());
  }

  public PlanView addGoal(long planId, long expectedVersion, String text, LocalDate dueOn) {
    LearningPlan plan = editable(planId, expectedVersion);
    plan.addGoal(LearningGoal.Source.OTHER, null, text, dueOn, guards.guard());
    return saved(plan, "goal added");
  }

  public PlanView reviseGoal(
      long planId, long expectedVersion, int seq, String text, LocalDate dueOn, boolean met) {
    LearningPlan plan = editable(planId, expectedVersion);
    plan.reviseGoal(seq, text, dueOn, met, guards.guard());
    return saved(plan, "goal " + seq + " revised");
  }

  public PlanView removeGoal(long planId, long expectedVersion, int seq) {
    LearningPlan plan = editable(planId, expectedVersion);
    plan.removeGoal(seq);
    return saved(plan, "goal " + seq + " removed");
  }

  public PlanView share(long planId, long expectedVersion) {
    LearningPlan plan = editable(planId, expectedVersion);
    plan.share(clock.instant());
    return saved(plan, "shared with the trainee");
  }

  /** The signed-in trainee's shared plans, newest first. */
  public List<PlanView> mine() {
    access.requireSignedIn();
    return reviews.sharedPlansOf(currentUser.accountId()).stream()
        .map(p -> PlanView.of(p, label(p)))
        .toList();
  }

  /**
   * A trainee's shared plans in a program, newest first: for the trainee and the program's
   * committee and director.
   */
  public List<PlanView> sharedOf(long programId, long traineeId) {
    access.requireTraineeRecordReadable(programId, traineeId);
    return reviews.sharedPlansOf(programId, traineeId).stream()
        .map(p -> PlanView.of(p, label(p)))
        .toList();
  }

  public PlanView acknowledge(long planId, long expectedVersion) {
    LearningPlan plan =
        reviews
            .plan(planId)
            .filter(p -> p.getTraineeId() == currentUser.accountId() && p.isVisibleToTrainee())
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("learningPlans.learningPlan")));
    plan.requireVersion(expectedVersion);
    plan.acknowledge(currentUser.accountId(), clock.instant());
    reviews.flush();
    audit.record(AuditEventType.LEARNING_PLAN_ACKNOWLEDGED, SUBJECT, planId, null, null);
    return PlanView.of(plan, label(plan));
  }

  private LearningPlan editable(long planId, long expectedVersion) {
    LearningPlan plan =
        reviews
            .plan(planId)
            .orElseThrow(
                () -> new RecordNotFoundException(Wording.of("learningPlans.learningPlan")));
    committee.readable(plan.getPeriodId()); // the committee and director of its program only
    plan.requireVersion(expectedVersion);
    locks.lockForChange(plan);
    return plan;
  }

  private PlanView saved(LearningPlan plan, String detail) {
    reviews.flush();
    ReviewPeriod period = reviews.period(plan.getPeriodId()).orElseThrow();
    audit.record(
        AuditEventType.LEARNING_PLAN_EDITED, SUBJECT, plan.getId(), period.getProgramId(), detail);
    return PlanView.of(plan, period.label());
  }

  private String label(LearningPlan plan) {
    return reviews.period(plan.getPeriodId()).map(ReviewPeriod::label).orElse("");
  }

  static LocalDate nextPeriodEnd(ReviewPeriod period) {
    return period.getTerm() == Term.FALL
        ? Term.SPRING.end(period.year())
        : Term.FALL.end(new AcademicYear(period.getAcademicYear() + 1));
  }
}
