package org.continuum.evaluation.domain;

/** A milestone rating of any trainee of a program, for cohort views such as the heat map. */
public record CohortRating(long traineeId, String subcompetencyCode, String value) {}
