package org.continuum.identity.domain;

import java.time.Duration;

/**
 * After {@code maxFailures} failed sign-ins in a row, the account is locked for {@code duration}.
 */
public record LockoutPolicy(int maxFailures, Duration duration) {

  public LockoutPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("maxFailures must be at least 1");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration must be positive");
    }
  }
}
