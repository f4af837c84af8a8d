package org.continuum.procedure.domain;

import java.time.LocalDate;

/**
 * How many entries of one trainee share a day, procedure, codes, role and status: what a history of
 * their progress is counted from, month by month.
 */
public record DatedCount(
    LocalDate performedOn,
    long procedureTypeId,
    CodedAs codedAs,
    TraineeRole role,
    LogStatus status,
    long count) {

  /** The primary code without modifier, as minimums by code count it; empty when not coded. */
  public String primaryCode() {
    return codedAs == null ? "" : codedAs.primary().code();
  }
}
