package org.continuum.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuum.review.domain.FinalLevel;
import org.continuum.review.domain.LearningPlan;
import org.continuum.review.domain.LevelProposal;
import org.continuum.review.domain.MilestoneTarget;
import org.continuum.review.domain.PeriodStatus;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.review.domain.Term;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class JpaReviewRepository implements ReviewRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ReviewPeriod> period(long id) {
    return Optional.ofNullable(em.find(ReviewPeriod.class, id));
  }

  @Override
  public Optional<ReviewPeriod> period(long programId, int academicYear, Term term) {
    return em.createQuery(
            "select p from ReviewPeriod p where p.programId = :p and p.academicYear = :y"
                + " and p.term = :t",
            ReviewPeriod.class)
        .setParameter("p", programId)
        .setParameter("y", academicYear)
        .setParameter("t", term)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ReviewPeriod> finalisedPeriods(Long programId) {
    var query =
        em.createQuery(
                "select p from ReviewPeriod p where p.status = :finalised"
                    + (programId == null ? "" : " and p.programId = :program")
                    + " order by p.id",
                ReviewPeriod.class)
            .setParameter("finalised", PeriodStatus.FINALISED);
    if (programId != null) {
      query.setParameter("program", programId);
    }
    return query.getResultList();
  }

  @Override
  public List<ReviewPeriod> periods(long programId) {
    return em.createQuery(
            "select p from ReviewPeriod p where p.programId = :p"
                + " order by p.academicYear desc, p.term desc",
            ReviewPeriod.class)
        .setParameter("p", programId)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  @Override
  public void add(ReviewPeriod period) {
    em.persist(period);
  }

  @Override
  public List<LevelProposal> proposals(long periodId) {
    return em.createQuery(
            "select l from LevelProposal l where l.periodId = :p", LevelProposal.class)
        .setParameter("p", periodId)
        .getResultList();
  }

  @Override
  public List<LevelProposal> proposals(long periodId, long traineeId) {
    return em.createQuery(
            "select l from LevelProposal l where l.periodId = :p and l.traineeId = :t",
            LevelProposal.class)
        .setParameter("p", periodId)
        .setParameter("t", traineeId)
        .getResultList();
  }

  @Override
  public Optional<LevelProposal> proposal(long periodId, long traineeId, String code) {
    return em.createQuery(
            "select l from LevelProposal l where l.periodId = :p and l.traineeId = :t"
                + " and l.subcompetencyCode = :c",
            LevelProposal.class)
        .setParameter("p", periodId)
        .setParameter("t", traineeId)
        .setParameter("c", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(LevelProposal proposal) {
    em.persist(proposal);
  }

  @Override
  public List<FinalLevel> finalLevels(long periodId) {
    return em.createQuery(
            "select f from FinalLevel f where f.periodId = :p"
                + " order by f.traineeId, f.subcompetencyCode",
            FinalLevel.class)
        .setParameter("p", periodId)
        .getResultList();
  }

  @Override
  public List<FinalLevel> finalLevelsOf(long programId, long traineeId) {
    return em.createQuery(
            "select f from FinalLevel f, ReviewPeriod p where p.id = f.periodId"
                + " and p.programId = :p and f.traineeId = :t"
                + " order by p.academicYear, p.term",
            FinalLevel.class)
        .setParameter("p", programId)
        .setParameter("t", traineeId)
        .getResultList();
  }

  @Override
  public void add(FinalLevel level) {
    em.persist(level);
  }

  @Override
  public List<MilestoneTarget> targets(long programId) {
    return em.createQuery(
            "select t from MilestoneTarget t where t.programId = :p"
                + " order by t.subcompetencyCode, t.trainingYear, t.term",
            MilestoneTarget.class)
        .setParameter("p", programId)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  @Override
  public Optional<MilestoneTarget> target(long programId, String code, int year, Term term) {
    return em.createQuery(
            "select t from MilestoneTarget t where t.programId = :p and t.subcompetencyCode = :c"
                + " and t.trainingYear = :y and t.term = :t",
            MilestoneTarget.class)
        .setParameter("p", programId)
        .setParameter("c", code)
        .setParameter("y", year)
        .setParameter("t", term)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(MilestoneTarget target) {
    em.persist(target);
  }

  @Override
  public void remove(MilestoneTarget target) {
    em.remove(target);
  }

  @Override
  public Optional<LearningPlan> plan(long periodId, long traineeId) {
    return em.createQuery(
            "select l from LearningPlan l where l.periodId = :p and l.traineeId = :t",
            LearningPlan.class)
        .setParameter("p", periodId)
        .setParameter("t", traineeId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<LearningPlan> plan(long planId) {
    return Optional.ofNullable(em.find(LearningPlan.class, planId));
  }

  @Override
  public List<LearningPlan> sharedPlansOf(long traineeId) {
    return em.createQuery(
            "select l from LearningPlan l where l.traineeId = :t and l.status <> :draft"
                + " order by l.sharedAt desc",
            LearningPlan.class)
        .setParameter("t", traineeId)
        .setParameter("draft", LearningPlan.Status.DRAFT)
        .getResultList();
  }

  @Override
  public List<LearningPlan> sharedPlansOf(long programId, long traineeId) {
    return em.createQuery(
            "select l from LearningPlan l, ReviewPeriod p where p.id = l.periodId"
                + " and p.programId = :program and l.traineeId = :t and l.status <> :draft"
                + " order by l.sharedAt desc",
            LearningPlan.class)
        .setParameter("program", programId)
        .setParameter("t", traineeId)
        .setParameter("draft", LearningPlan.Status.DRAFT)
        .getResultList();
  }

  @Override
  public void add(LearningPlan plan) {
    em.persist(plan);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
