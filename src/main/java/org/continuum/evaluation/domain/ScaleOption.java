package org.continuum.evaluation.domain;

import java.io.Serializable;

/**
 * One choice on a rating scale: the stored value, what the evaluator reads, and its place on the
 * scale for averages (null when it is not a rating, e.g. "not yet assessable").
 */
public record ScaleOption(String value, String label, Double score) implements Serializable {}
