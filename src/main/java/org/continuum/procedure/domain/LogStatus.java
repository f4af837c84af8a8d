package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/**
 * Where a log entry is in its life: submitted and waiting for the supervisor (PENDING), confirmed
 * (VERIFIED, counts toward minimums, locked), sent back with a reason (REJECTED, the trainee
 * corrects and resubmits), or withdrawn with a reason (VOIDED, never deleted). IMPORTED is an entry
 * that arrived from a previous system as verified there: nobody verified it here, the person who
 * imported it vouches for it, and whether it counts toward minimums is the program's setting.
 */
public enum LogStatus implements Titled {
  PENDING(Wording.of("logStatus.PENDING.title")),
  VERIFIED(Wording.of("logStatus.VERIFIED.title")),
  REJECTED(Wording.of("logStatus.REJECTED.title")),
  VOIDED(Wording.of("logStatus.VOIDED.title")),
  IMPORTED(Wording.of("logStatus.IMPORTED.title"));

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
