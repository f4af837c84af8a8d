package org.continuum.evaluation.domain;

/** Where an evaluation stands. */
public enum EvaluationStatus {
  /** Issued; nothing written yet. */
  REQUESTED("Requested"),
  /** A draft is saved. */
  IN_PROGRESS("Draft saved"),
  /** Signed by its author; the content can no longer change. */
  SIGNED("Signed"),
  /** An anonymous evaluation handed in; its answers now live apart from this request. */
  SUBMITTED("Submitted"),
  /** Withdrawn by the program, with a reason. */
  CANCELLED("Cancelled");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isOpen() {
    return this == REQUESTED || this == IN_PROGRESS;
  }
}
