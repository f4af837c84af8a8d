package org.continuum.procedure.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * Entries of a program that have waited for one supervisor's verification since before a cut-off:
 * how many, and since when the oldest. Names are added by the application layer.
 */
public record VerificationBacklog(
    long supervisorId, String supervisorName, long entries, Instant oldestSubmittedAt)
    implements Serializable {

  public VerificationBacklog named(String name) {
    return new VerificationBacklog(supervisorId, name, entries, oldestSubmittedAt);
  }
}
