package org.continuum.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ItemTally;
import org.continuum.learning.domain.ModuleAttempt;
import org.continuum.learning.domain.ModuleObjectiveRow;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.learning.domain.ModuleRequirement;
import org.continuum.learning.domain.ModuleResultRow;
import org.continuum.learning.domain.RetakePolicy;
import org.continuum.learning.domain.TraineeTry;

@ApplicationScoped
public class JpaModuleRepository implements ModuleRepository {

  private static final String LATEST =
      "select m from CaseModule m where m.moduleVersion = (select max(n.moduleVersion) from"
          + " CaseModule n where n.code = m.code)";

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CaseModule> module(long id) {
    return Optional.ofNullable(em.find(CaseModule.class, id));
  }

  @Override
  public Optional<CaseModule> module(String code, int moduleVersion) {
    return em.createQuery(
            "select m from CaseModule m where m.code = :code and m.moduleVersion = :v",
            CaseModule.class)
        .setParameter("code", code)
        .setParameter("v", moduleVersion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CaseModule> latestAvailableTo(long programId) {
    return em.createQuery(
            LATEST
                + " and (m.ownerProgramId is null or m.ownerProgramId = :program)"
                + " order by m.title",
            CaseModule.class)
        .setParameter("program", programId)
        .getResultList();
  }

  @Override
  public List<ModuleObjectiveRow> objectivesAvailableTo(long programId) {
    return em.createQuery(
            "select new org.continuum.learning.domain.ModuleObjectiveRow(m.code, m.title, c)"
                + " from CaseModule m join m.subcompetencyCodes c"
                + " where m.moduleVersion = (select max(n.moduleVersion) from CaseModule n"
                + " where n.code = m.code)"
                + " and (m.ownerProgramId is null or m.ownerProgramId = :program)",
            ModuleObjectiveRow.class)
        .setParameter("program", programId)
        .getResultList();
  }

  @Override
  public List<CaseModule> latestOfAll() {
    return em.createQuery(LATEST + " order by m.title", CaseModule.class).getResultList();
  }

  @Override
  public void add(CaseModule module) {
    em.persist(module);
  }

  @Override
  public Optional<ModuleAttempt> attempt(long id) {
    return Optional.ofNullable(em.find(ModuleAttempt.class, id));
  }

  @Override
  public List<ModuleAttempt> attempts(long traineeId, String moduleCode) {
    return em.createQuery(
            "select a from ModuleAttempt a, CaseModule m where m.id = a.moduleId"
                + " and a.traineeId = :t and m.code = :code order by a.attemptNo",
            ModuleAttempt.class)
        .setParameter("t", traineeId)
        .setParameter("code", moduleCode)
        .getResultList();
  }

  @Override
  public List<ModuleAttempt> attemptsOf(long traineeId, long programId) {
    return em.createQuery(
            "select a from ModuleAttempt a where a.traineeId = :t and a.programId = :p"
                + " order by a.startedAt desc, a.id desc",
            ModuleAttempt.class)
        .setParameter("t", traineeId)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public void add(ModuleAttempt attempt) {
    em.persist(attempt);
  }

  @Override
  public List<ModuleRequirement> requirements(long programId) {
    return em.createQuery(
            "select r from ModuleRequirement r where r.programId = :p order by r.byPgy, r.moduleCode",
            ModuleRequirement.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public Optional<ModuleRequirement> requirement(long id) {
    return Optional.ofNullable(em.find(ModuleRequirement.class, id));
  }

  @Override
  public void add(ModuleRequirement requirement) {
    em.persist(requirement);
  }

  @Override
  public void remove(ModuleRequirement requirement) {
    em.remove(requirement);
  }

  @Override
  public List<ModuleResultRow> bestResults(long programId, Collection<Long> traineeIds) {
    if (traineeIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select a.traineeId, m.code, max(a.scorePercent),"
                    + " max(case when a.passed = true then 1 else 0 end),"
                    + " max(case when a.completedAt is null then 1 else 0 end),"
                    + " max(a.completedAt), count(a)"
                    + " from ModuleAttempt a, CaseModule m where m.id = a.moduleId"
                    + " and a.programId = :p and a.traineeId in :t group by a.traineeId, m.code",
                Object[].class)
            .setParameter("p", programId)
            .setParameter("t", traineeIds)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new ModuleResultRow(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    r[2] == null ? null : ((Number) r[2]).intValue(),
                    ((Number) r[3]).intValue() == 1,
                    ((Number) r[4]).intValue() == 1,
                    (Instant) r[5],
                    ((Number) r[6]).longValue()))
        .toList();
  }

  @Override
  public List<Integer> finishedScores(long programId, long moduleId) {
    return em.createQuery(
            "select a.scorePercent from ModuleAttempt a where a.programId = :p"
                + " and a.moduleId = :m and a.completedAt is not null",
            Integer.class)
        .setParameter("p", programId)
        .setParameter("m", moduleId)
        .getResultList();
  }

  @Override
  public List<TraineeTry> traineeProgress(long programId, long moduleId) {
    return em
        .createQuery(
            "select a.traineeId, max(case when a.completedAt is null then 0 else 1 end),"
                + " max(case when a.passed = true then 1 else 0 end) from ModuleAttempt a"
                + " where a.programId = :p and a.moduleId = :m group by a.traineeId",
            Object[].class)
        .setParameter("p", programId)
        .setParameter("m", moduleId)
        .getResultList()
        .stream()
        .map(
            r ->
                new TraineeTry(
                    ((Number) r[0]).longValue(),
                    ((Number) r[1]).intValue() == 1,
                    ((Number) r[2]).intValue() == 1))
        .toList();
  }

  @Override
  public List<ItemTally> itemTallies(long programId, long moduleId) {
    return em.createQuery(
            "select new org.continuum.learning.domain.ItemTally(x.questionKey, count(x),"
                + " sum(case when x.correct = true then 1 else 0 end),"
                + " sum(a.scorePercent * 1.0),"
                + " sum(case when x.correct = true then a.scorePercent * 1.0 else 0.0 end))"
                + " from ModuleAnswer x join x.attempt a where a.programId = :p"
                + " and a.moduleId = :m and a.completedAt is not null group by x.questionKey",
            ItemTally.class)
        .setParameter("p", programId)
        .setParameter("m", moduleId)
        .getResultList();
  }

  @Override
  public Optional<RetakePolicy> policy(long programId) {
    return em.createQuery("select p from RetakePolicy p where p.programId = :p", RetakePolicy.class)
        .setParameter("p", programId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(RetakePolicy policy) {
    em.persist(policy);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
