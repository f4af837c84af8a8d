package org.continuum.evaluation.application;

import java.io.Serializable;
import java.time.Instant;
import org.continuum.evaluation.domain.Signature;
import org.continuum.shared.domain.SealCheck;

/**
 * A signature as screens and print show it, and what checking its seal against the content found
 * (checked each time it is shown); {@code valid} when it can be relied on as signed.
 */
public record SignatureView(
    String printedName,
    Long signerId,
    Instant signedAt,
    String meaning,
    int contentRevision,
    String hashMethod,
    String contentHash,
    SealCheck sealCheck,
    boolean valid)
    implements Serializable {

  static SignatureView of(Signature s, SealCheck sealCheck) {
    return new SignatureView(
        s.getPrintedName(),
        s.getSignerId(),
        s.getSignedAt(),
        s.getMeaning().label(),
        s.getContentRevision(),
        s.getHashMethod(),
        s.getContentHash(),
        sealCheck,
        sealCheck.isTrustworthy());
  }
}
