package org.continuum.procedure.infrastructure;

import static org.continuum.shared.infrastructure.EntityWriteListener.property;

import java.util.List;
import org.continuum.procedure.domain.CodedAs;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.ProcedureDetails;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.shared.infrastructure.EntityWriteListener;
import org.continuum.shared.infrastructure.TransactionLedgers;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Keeps procedure_count in step with procedure_log. Hibernate reports every entry it inserts,
 * updates or deletes, with the state before and after, whichever service made the change (logging,
 * revising, verifying, returning, voiding, importing, the demo seed); this listener turns each into
 * "counted as X before, as Y now" for the transaction's {@link ProcedureCountLedger}. Writes that
 * bypass Hibernate (bulk SQL) must rebuild the rows they touch, as the benchmark generator does.
 */
final class ProcedureCountListener implements EntityWriteListener {

  /** Shared with bulk inserts, which raise no insert events. */
  private static final TransactionLedgers<ProcedureCountLedger> LEDGERS =
      new TransactionLedgers<>(ProcedureCountLedger::new);

  /** Counts entries inserted without Hibernate's events (a bulk insert) in the transaction. */
  static void inserted(EventSource session, List<ProcedureLog> logs) {
    ProcedureCountLedger ledger = LEDGERS.of(session);
    for (ProcedureLog log : logs) {
      ledger.moved(
          null,
          new CountKey(
              log.getProgramId(),
              log.getTraineeId(),
              log.getProcedureType().getId(),
              log.getDetails().getRole(),
              log.getStatus(),
              primaryCode(log.getCodedAs())));
    }
  }

  @Override
  public void onPostInsert(PostInsertEvent event) {
    if (event.getEntity() instanceof ProcedureLog) {
      LEDGERS.of(event.getSession()).moved(null, key(event.getPersister(), event.getState()));
    }
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    if (event.getEntity() instanceof ProcedureLog) {
      if (event.getOldState() == null) {
        throw new IllegalStateException(
            "A procedure log was updated without its loaded state; its counts cannot be moved.");
      }
      LEDGERS
          .of(event.getSession())
          .moved(
              key(event.getPersister(), event.getOldState()),
              key(event.getPersister(), event.getState()));
    }
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    if (event.getEntity() instanceof ProcedureLog) {
      LEDGERS
          .of(event.getSession())
          .moved(key(event.getPersister(), event.getDeletedState()), null);
    }
  }

  private static CountKey key(EntityPersister persister, Object[] state) {
    ProcedureType type = (ProcedureType) property(persister, state, "procedureType");
    ProcedureDetails details = (ProcedureDetails) property(persister, state, "details");
    return new CountKey(
        (Long) property(persister, state, "programId"),
        (Long) property(persister, state, "traineeId"),
        type.getId(),
        details.getRole(),
        (LogStatus) property(persister, state, "status"),
        primaryCode((CodedAs) property(persister, state, "codedAs")));
  }

  /** The primary code without modifier, as minimums by code count it; empty when not coded. */
  static String primaryCode(CodedAs codes) {
    return codes == null ? "" : codes.primary().code();
  }
}
