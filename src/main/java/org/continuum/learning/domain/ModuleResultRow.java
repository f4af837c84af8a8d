package org.continuum.learning.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A trainee's standing on one module (all versions): best score of finished attempts (null if
 * none), whether any passed, whether one is open, and when the best was finished.
 */
public record ModuleResultRow(
    long traineeId,
    String moduleCode,
    Integer bestScore,
    boolean passed,
    boolean open,
    Instant lastCompletedAt,
    long attempts)
    implements Serializable {}
