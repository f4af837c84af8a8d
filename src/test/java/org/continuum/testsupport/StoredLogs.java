package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.continuum.procedure.domain.ProcedureLog;

/** Reads procedure log entries back as the persistence layer maps them, whoever wrote them. */
@ApplicationScoped
public class StoredLogs {

  @PersistenceContext EntityManager em;

  @Transactional
  public List<ProcedureLog> ofProgram(long programId) {
    return em.createQuery(
            "select l from ProcedureLog l join fetch l.procedureType where l.programId = :p"
                + " order by l.performedOn",
            ProcedureLog.class)
        .setParameter("p", programId)
        .getResultList();
  }
}
