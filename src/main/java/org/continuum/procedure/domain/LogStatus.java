package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/**
 * Where a log entry is in its life: submitted and waiting for the supervisor (PENDING), confirmed
 * (VERIFIED, counts toward minimums, locked), sent back with a reason (REJECTED, the trainee
 * corrects and resubmits), or withdrawn with a reason (VOIDED, never deleted). IMPORTED is an entry
 * that arrived from a previous system as verified there: nobody verified it here, the person who
 * imported it vouches for it, and whether it counts toward minimums is the program's setting.
 */
public enum LogStatus implements Titled {
  PENDING("Waiting for verification"),
  VERIFIED("Verified"),
  REJECTED("Returned for correction"),
  VOIDED("Voided"),
  IMPORTED("Imported, verified in a previous system");

  private final String title;

  LogStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }

  /** Verified, here or in a previous system: locked for the trainee. */
  public boolean isSettled() {
    return this == VERIFIED || this == IMPORTED;
  }
}
