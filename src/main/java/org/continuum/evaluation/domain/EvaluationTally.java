package org.continuum.evaluation.domain;

import java.io.Serializable;

/**
 * Evaluations of one kind about a trainee in a program (cancelled ones left out): how many were
 * asked for, how many are signed, how many are overdue.
 */
public record EvaluationTally(
    long traineeId, EvaluationKind kind, long requested, long signed, long overdue)
    implements Serializable {}
