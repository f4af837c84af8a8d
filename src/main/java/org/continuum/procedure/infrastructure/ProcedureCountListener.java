package org.continuum.procedure.infrastructure;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.ProcedureDetails;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureType;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Keeps procedure_count in step with procedure_log. Hibernate reports every entry it inserts,
 * updates or deletes, with the state before and after, whichever service made the change (logging,
 * revising, verifying, returning, voiding, importing, the demo seed); this listener turns each into
 * "counted as X before, as Y now" for the transaction's {@link ProcedureCountLedger}. Writes that
 * bypass Hibernate (bulk SQL) must rebuild the rows they touch, as the benchmark generator does.
 */
final class ProcedureCountListener
    implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  /** One ledger per open session (a session lives for one transaction here). */
  private final Map<EventSource, ProcedureCountLedger> ledgers =
      Collections.synchronizedMap(new WeakHashMap<>());

  @Override
  public void onPostInsert(PostInsertEvent event) {
    if (event.getEntity() instanceof ProcedureLog) {
      ledger(event.getSession()).moved(null, key(event.getPersister(), event.getState()));
    }
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    if (event.getEntity() instanceof ProcedureLog) {
      if (event.getOldState() == null) {
        throw new IllegalStateException(
            "A procedure log was updated without its loaded state; its counts cannot be moved.");
      }
      ledger(event.getSession())
          .moved(
              key(event.getPersister(), event.getOldState()),
              key(event.getPersister(), event.getState()));
    }
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    if (event.getEntity() instanceof ProcedureLog) {
      ledger(event.getSession()).moved(key(event.getPersister(), event.getDeletedState()), null);
    }
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private ProcedureCountLedger ledger(EventSource session) {
    synchronized (ledgers) {
      ProcedureCountLedger ledger = ledgers.get(session);
      if (ledger == null) {
        Runnable forget = () -> ledgers.remove(session);
        ledger = new ProcedureCountLedger(forget);
        ledgers.put(session, ledger);
        session.getActionQueue().registerProcess(ledger);
        // a rolled-back transaction never reaches the ledger's before-completion step
        session
            .getActionQueue()
            .registerProcess((AfterTransactionCompletionProcess) (success, s) -> forget.run());
      }
      return ledger;
    }
  }

  private static CountKey key(EntityPersister persister, Object[] state) {
    String[] names = persister.getPropertyNames();
    ProcedureType type = (ProcedureType) state[index(names, "procedureType")];
    ProcedureDetails details = (ProcedureDetails) state[index(names, "details")];
    return new CountKey(
        (Long) state[index(names, "programId")],
        (Long) state[index(names, "traineeId")],
        type.getId(),
        details.getRole(),
        (LogStatus) state[index(names, "status")]);
  }

  private static int index(String[] names, String property) {
    int i = Arrays.asList(names).indexOf(property);
    if (i < 0) {
      throw new IllegalStateException("ProcedureLog has no property " + property);
    }
    return i;
  }
}
