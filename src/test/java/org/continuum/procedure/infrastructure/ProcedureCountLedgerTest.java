package org.continuum.procedure.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.TraineeRole;
import org.junit.jupiter.api.Test;

class ProcedureCountLedgerTest {

  private final ProcedureCountLedger ledger = new ProcedureCountLedger(() -> {});

  private static CountKey key(long trainee, TraineeRole role, LogStatus status) {
    return new CountKey(1, trainee, 24, role, status, "64483");
  }

  @Test
  void anEntryLoggedReturnedCorrectedAndVerifiedInOneTransactionCountsOnceWhereItEnds() {
    CountKey pending = key(7, TraineeRole.PERFORMED, LogStatus.PENDING);
    CountKey rejected = key(7, TraineeRole.PERFORMED, LogStatus.REJECTED);
    CountKey observedPending = key(7, TraineeRole.OBSERVED, LogStatus.PENDING);
    CountKey observedVerified = key(7, TraineeRole.OBSERVED, LogStatus.VERIFIED);

    ledger.moved(null, pending);
    ledger.moved(pending, rejected);
    ledger.moved(rejected, observedPending);
    ledger.moved(observedPending, observedVerified);

    assertThat(ledger.netChanges()).containsExactly(java.util.Map.entry(observedVerified, 1L));
  }

  @Test
  void anUpdateThatChangesNothingCountedMovesNothing() {
    CountKey pending = key(7, TraineeRole.PERFORMED, LogStatus.PENDING);
    ledger.moved(pending, pending);
    assertThat(ledger.netChanges()).isEmpty();
  }

  @Test
  void changesAreWrittenInThePrimaryKeysOrderSoWritersCannotDeadlock() {
    CountKey b = key(9, TraineeRole.PERFORMED, LogStatus.PENDING);
    CountKey a2 = key(3, TraineeRole.PERFORMED, LogStatus.VERIFIED);
    CountKey a1 = key(3, TraineeRole.PERFORMED, LogStatus.PENDING);
    ledger.moved(null, b);
    ledger.moved(a1, a2);
    assertThat(ledger.netChanges().keySet()).containsExactly(a1, a2, b);
  }
}
