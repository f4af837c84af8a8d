package org.continuum.evaluation.domain;

/** A form version is edited as a draft; once published it is used as is and never changes. */
public enum FormStatus {
  DRAFT,
  PUBLISHED
}
