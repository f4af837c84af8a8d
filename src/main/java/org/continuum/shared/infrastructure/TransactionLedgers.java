package org.continuum.shared.infrastructure;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;
import org.hibernate.action.spi.AfterTransactionCompletionProcess;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.event.spi.EventSource;

/**
 * One ledger per open session (a session lives for one transaction here): what a listener gathers
 * while Hibernate flushes, written by the ledger itself just before the transaction commits.
 *
 * @param <T> the ledger; it is given the action that forgets it, to run when it is written
 */
public final class TransactionLedgers<T extends BeforeTransactionCompletionProcess> {

  private final Map<EventSource, T> ledgers = Collections.synchronizedMap(new WeakHashMap<>());
  private final Function<Runnable, T> create;

  public TransactionLedgers(Function<Runnable, T> create) {
    this.create = create;
  }

  /** The session's ledger, registered with its transaction the first time it is asked for. */
  public T of(EventSource session) {
    synchronized (ledgers) {
      T ledger = ledgers.get(session);
      if (ledger == null) {
        Runnable forget = () -> ledgers.remove(session);
        ledger = create.apply(forget);
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
}
