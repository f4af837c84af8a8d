package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.continuum.procedure.domain.RecodedEntry;
import org.continuum.procedure.domain.RecodedEntryRepository;
import org.continuum.procedure.domain.RecodedRow;

@ApplicationScoped
public class JpaRecodedEntryRepository implements RecodedEntryRepository {

  @PersistenceContext EntityManager em;

  @Override
  public void add(RecodedEntry entry) {
    em.persist(entry);
  }

  @Override
  public List<RecodedRow> changedInProgram(long programId) {
    return em.createQuery(
            "select new org.continuum.procedure.domain.RecodedRow(l.id, l.performedOn, t.name,"
                + " a.displayName, l.status, r.previousCode, r.codedAs, r.problem) from"
                + " RecodedEntry r, ProcedureLog l join l.procedureType t, Account a where"
                + " l.id = r.logId and a.id = l.traineeId and r.programId = :p and r.changed = true"
                + " order by l.performedOn desc, l.id desc",
            RecodedRow.class)
        .setParameter("p", programId)
        .setMaxResults(2000)
        .getResultList();
  }
}
