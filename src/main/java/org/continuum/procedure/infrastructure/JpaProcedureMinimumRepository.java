package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.ProcedureMinimumRepository;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class JpaProcedureMinimumRepository implements ProcedureMinimumRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<ProcedureMinimum> ofProgram(long programId) {
    return em.createQuery(
            "select distinct m from ProcedureMinimum m left join fetch m.interimTargets"
                + " left join fetch m.category left join fetch m.procedureType where"
                + " m.programId = :p order by m.displayOrder, m.label",
            ProcedureMinimum.class)
        .setParameter("p", programId)
        .setHint(HibernateHints.HINT_CACHEABLE, true)
        .getResultList();
  }

  @Override
  public Optional<ProcedureMinimum> findById(long id) {
    return Optional.ofNullable(em.find(ProcedureMinimum.class, id));
  }

  @Override
  public void add(ProcedureMinimum minimum) {
    em.persist(minimum);
  }

  @Override
  public void remove(ProcedureMinimum minimum) {
    em.remove(minimum);
  }
}
