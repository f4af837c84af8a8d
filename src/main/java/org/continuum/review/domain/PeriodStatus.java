package org.continuum.review.domain;

/** A review period is open for proposals until the program director finalises it. */
public enum PeriodStatus {
  OPEN,
  FINALISED
}
