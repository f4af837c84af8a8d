package org.continuum.learning.application;

import java.io.Serializable;
import org.continuum.learning.domain.RetakePolicy;

/** A program's retake rules; {@code version} is null while the defaults hold. */
public record RetakePolicyView(
    Long version, Integer maxAttempts, int waitHours, boolean retakeAfterPass)
    implements Serializable {

  static RetakePolicyView of(RetakePolicy p) {
    return new RetakePolicyView(
        p.getId() == null ? null : p.getVersion(),
        p.getMaxAttempts(),
        p.getWaitHours(),
        p.isRetakeAfterPass());
  }
}
