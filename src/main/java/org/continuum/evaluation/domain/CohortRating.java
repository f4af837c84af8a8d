package org.continuum.evaluation.domain;

/**
 * How many milestone ratings of one value a trainee of a program has for a subcompetency, for
 * cohort views such as the heat map.
 */
public record CohortRating(long traineeId, String subcompetencyCode, String value, int count) {}
