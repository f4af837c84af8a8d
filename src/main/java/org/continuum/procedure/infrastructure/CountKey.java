package org.continuum.procedure.infrastructure;

import java.util.Comparator;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.TraineeRole;

/** One row of the procedure_count summary: what an entry is counted as. */
record CountKey(
    long programId,
    long traineeId,
    long procedureTypeId,
    TraineeRole role,
    LogStatus status,
    String primaryCode)
    implements Comparable<CountKey> {

  /** The primary key's order: rows are always changed in it, so two writers cannot deadlock. */
  private static final Comparator<CountKey> ORDER =
      Comparator.comparingLong(CountKey::programId)
          .thenComparingLong(CountKey::traineeId)
          .thenComparing(k -> k.status().name())
          .thenComparingLong(CountKey::procedureTypeId)
          .thenComparing(k -> k.role().name())
          .thenComparing(CountKey::primaryCode);

  @Override
  public int compareTo(CountKey other) {
    return ORDER.compare(this, other);
  }
}
