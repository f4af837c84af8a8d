package org.continuum.evaluation.application;

import java.io.Serializable;
import java.time.Instant;
import org.continuum.evaluation.domain.Signature;

/**
 * A signature as screens and print show it, and whether it still matches the content it covers
 * (checked each time it is shown).
 */
public record SignatureView(
    String printedName,
    long signerId,
    Instant signedAt,
    String meaning,
    int contentRevision,
    String hashMethod,
    String contentHash,
    boolean valid)
    implements Serializable {

  static SignatureView of(Signature s, boolean valid) {
    return new SignatureView(
        s.getPrintedName(),
        s.getSignerId(),
        s.getSignedAt(),
        s.getMeaning().label(),
        s.getContentRevision(),
        s.getHashMethod(),
        s.getContentHash(),
        valid);
  }
}
