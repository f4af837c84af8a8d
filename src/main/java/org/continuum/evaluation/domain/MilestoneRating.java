package org.continuum.evaluation.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One milestone rating from a signed evaluation (amended originals left out): which subcompetency,
 * the level chosen, who rated (by kind of evaluation) and when it applies to.
 */
public record MilestoneRating(
    String subcompetencyCode,
    String value,
    EvaluationKind kind,
    LocalDate periodEnd,
    Instant signedAt) {}
