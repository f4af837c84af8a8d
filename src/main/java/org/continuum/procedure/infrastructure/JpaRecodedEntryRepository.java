package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import org.continuum.procedure.domain.CodedAs;
import org.continuum.procedure.domain.LogStatus;
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
            "select l.id, l.performedOn, t.name, a.displayName, l.status, r.previousCode,"
                + " l.codedAs, r.problem from RecodedEntry r, ProcedureLog l join l.procedureType"
                + " t, Account a where l.id = r.logId and a.id = l.traineeId and r.programId = :p"
                + " and r.changed = true order by l.performedOn desc, l.id desc",
            Object[].class)
        .setParameter("p", programId)
        .setMaxResults(2000)
        .getResultStream()
        .map(JpaRecodedEntryRepository::row)
        .toList();
  }

  /** The entry's codes now (its trainee may since have added what was missing), else why not. */
  private static RecodedRow row(Object[] r) {
    CodedAs now = (CodedAs) r[6];
    return new RecodedRow(
        (Long) r[0],
        (LocalDate) r[1],
        (String) r[2],
        (String) r[3],
        (LogStatus) r[4],
        (String) r[5],
        now == null ? null : now.label(),
        now == null ? (String) r[7] : null);
  }
}
