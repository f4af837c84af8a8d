package org.continuum.identity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * Failed sign-ins in a row and the lock they lead to: an account keeps one, and so does a name with
 * no account, in memory, so both are locked and answered alike and a sign-in page never tells which
 * names exist.
 */
@Embeddable
public class FailedSignIns {

  @Column(name = "failed_sign_ins", nullable = false)
  private int count;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  public boolean isLocked(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /**
   * Counts a failure; the one that reaches the policy's limit locks.
   *
   * @return true if this failure locked
   */
  public boolean record(Instant now, LockoutPolicy policy) {
    if (lockedUntil != null && !now.isBefore(lockedUntil)) {
      // the previous lock has run out: count afresh
      lockedUntil = null;
      count = 0;
    }
    count++;
    if (count >= policy.maxFailures() && lockedUntil == null) {
      lockedUntil = now.plus(policy.duration());
      return true;
    }
    return false;
  }

  /** A success, or an administrator lifting the lock: nothing so far counts. */
  public void clear() {
    count = 0;
    lockedUntil = null;
  }

  /** The password was typed right again: failures so far no longer count, a lock stays. */
  void forgiveCount() {
    count = 0;
  }

  public int count() {
    return count;
  }

  public Instant lockedUntil() {
    return lockedUntil;
  }
}
