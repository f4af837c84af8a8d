package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

/**
 * Where a log entry is in its life: submitted and waiting for the supervisor (PENDING), confirmed
 * (VERIFIED, counts toward minimums, locked), sent back with a reason (REJECTED, the trainee
 * corrects and resubmits), or withdrawn with a reason (VOIDED, never deleted).
 */
public enum LogStatus implements Titled {
  PENDING("Waiting for verification"),
  VERIFIED("Verified"),
  REJECTED("Returned for correction"),
  VOIDED("Voided");

  private final String title;

  LogStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
