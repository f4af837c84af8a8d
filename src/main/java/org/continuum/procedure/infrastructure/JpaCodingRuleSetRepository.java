package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;

@ApplicationScoped
public class JpaCodingRuleSetRepository implements CodingRuleSetRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<CodingRuleSet> latest(String setId) {
    return em.createQuery(
            "select s from CodingRuleSet s where s.setId = :id order by s.setVersion desc",
            CodingRuleSet.class)
        .setParameter("id", setId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Integer> latestVersion(String setId) {
    return em.createQuery(
            "select max(s.setVersion) from CodingRuleSet s where s.setId = :id", Integer.class)
        .setParameter("id", setId)
        .getResultStream()
        .filter(Objects::nonNull)
        .findFirst();
  }

  @Override
  public Optional<CodingRuleSet> find(String setId, int version) {
    return em.createQuery(
            "select s from CodingRuleSet s where s.setId = :id and s.setVersion = :v",
            CodingRuleSet.class)
        .setParameter("id", setId)
        .setParameter("v", version)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<CodingRuleSet> latestAt(String setId, Instant when) {
    return em.createQuery(
            "select s from CodingRuleSet s where s.setId = :id and s.createdAt <= :t order by"
                + " s.setVersion desc",
            CodingRuleSet.class)
        .setParameter("id", setId)
        .setParameter("t", when)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<CodingRuleSet> latestOfPrograms() {
    return em.createQuery(
            "select s from CodingRuleSet s where s.setId like 'program-%' and s.setVersion ="
                + " (select max(t.setVersion) from CodingRuleSet t where t.setId = s.setId)"
                + " order by s.setId",
            CodingRuleSet.class)
        .getResultList();
  }

  @Override
  public void add(CodingRuleSet set) {
    em.persist(set);
  }
}
