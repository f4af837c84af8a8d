package org.continuum.evaluation.infrastructure;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CohortRatingLedgerTest {

  private final CohortRatingLedger ledger = new CohortRatingLedger(() -> {});

  @Test
  void aSignedAmendmentAddsItsRatingsAndRemovesTheOriginals() {
    ledger.became(42, true);
    ledger.became(17, false);
    assertThat(ledger.netChanges()).containsExactly(entry(17L, false), entry(42L, true));
  }

  @Test
  void anEvaluationThatEntersAndLeavesInOneTransactionWritesNothing() {
    ledger.became(5, true);
    ledger.became(5, false);
    ledger.became(6, false);
    ledger.became(6, true);
    assertThat(ledger.netChanges()).isEmpty();
  }
}
