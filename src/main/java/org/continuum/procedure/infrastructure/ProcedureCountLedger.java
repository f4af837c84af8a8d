package org.continuum.procedure.infrastructure;

import java.util.Map;
import java.util.TreeMap;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * The changes one transaction makes to the procedure_count summary. Deltas are gathered while
 * Hibernate flushes and written once, just before the transaction commits, after the last flush: an
 * import of five hundred entries changes a handful of rows, not five hundred, and the summary
 * commits or rolls back with the entries themselves.
 */
final class ProcedureCountLedger implements BeforeTransactionCompletionProcess {

  private final Map<CountKey, Long> deltas = new TreeMap<>();
  private final Runnable onDone;

  ProcedureCountLedger(Runnable onDone) {
    this.onDone = onDone;
  }

  void moved(CountKey from, CountKey to) {
    if (from != null && from.equals(to)) {
      return;
    }
    if (from != null) {
      deltas.merge(from, -1L, Long::sum);
    }
    if (to != null) {
      deltas.merge(to, 1L, Long::sum);
    }
  }

  /** The net changes, in the primary key's order; moves that cancel out are left out. */
  Map<CountKey, Long> netChanges() {
    Map<CountKey, Long> net = new TreeMap<>(deltas);
    net.values().removeIf(n -> n == 0);
    return net;
  }

  @Override
  public void doBeforeTransactionCompletion(SessionImplementor session) {
    onDone.run();
    Map<CountKey, Long> net = netChanges();
    if (net.isEmpty()) {
      return;
    }
    ProcedureCountUpsert upsert =
        ProcedureCountUpsert.forDialect(session.getFactory().getJdbcServices().getDialect());
    session.doWork(connection -> upsert.apply(connection, net));
  }
}
