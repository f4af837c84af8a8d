package org.continuum.competency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuum.competency.domain.Framework;
import org.continuum.competency.domain.FrameworkRepository;
import org.continuum.competency.domain.FrameworkStatus;
import org.continuum.competency.domain.ProgramFramework;
import org.continuum.competency.domain.Subcompetency;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class JpaFrameworkRepository implements FrameworkRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Framework> findById(long id) {
    return Optional.ofNullable(em.find(Framework.class, id));
  }

  @Override
  public Optional<Framework> find(String code, int frameworkVersion) {
    return em.createQuery(
            "select f from Framework f where f.code = :c and f.frameworkVersion = :v",
            Framework.class)
        .setParameter("c", code)
        .setParameter("v", frameworkVersion)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Framework> latest(String code) {
    return em.createQuery(
            "select f from Framework f where f.code = :c order by f.frameworkVersion desc",
            Framework.class)
        .setParameter("c", code)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Framework> latestPublished(String code) {
    return em.createQuery(
            "select f from Framework f where f.code = :c and f.status = :s order by"
                + " f.frameworkVersion desc",
            Framework.class)
        .setParameter("c", code)
        .setParameter("s", FrameworkStatus.PUBLISHED)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Framework> all() {
    return em.createQuery(
            "select f from Framework f order by f.code, f.frameworkVersion", Framework.class)
        .getResultList();
  }

  @Override
  public void add(Framework framework) {
    em.persist(framework);
  }

  @Override
  public Optional<ProgramFramework> ofProgram(long programId) {
    return em
        .createQuery(
            "select pf from ProgramFramework pf where pf.programId = :p", ProgramFramework.class)
        .setParameter("p", programId)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        // a list, not a stream: only lists are served from the query cache
        .getResultList()
        .stream()
        .findFirst();
  }

  @Override
  public void add(ProgramFramework programFramework) {
    em.persist(programFramework);
  }

  @Override
  public Optional<Subcompetency> subcompetency(long id) {
    return Optional.ofNullable(em.find(Subcompetency.class, id));
  }

  @Override
  public void flush() {
    em.flush();
  }
}
