package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
  public void add(CodingRuleSet set) {
    em.persist(set);
  }
}
