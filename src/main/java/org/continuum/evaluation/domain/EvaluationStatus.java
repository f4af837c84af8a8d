package org.continuum.evaluation.domain;

import org.continuum.shared.domain.Wording;

/** Where an evaluation stands. */
public enum EvaluationStatus {
  /** Issued; nothing written yet. */
  REQUESTED(Wording.of("evaluationStatus.REQUESTED.label")),
  /** A draft is saved. */
  IN_PROGRESS(Wording.of("evaluationStatus.IN_PROGRESS.label")),
  /** Signed by its author; the content can no longer change. */
  SIGNED(Wording.of("evaluationStatus.SIGNED.label")),
  /** An anonymous evaluation handed in; its answers now live apart from this request. */
  SUBMITTED(Wording.of("evaluationStatus.SUBMITTED.label")),
  /** Withdrawn by the program, with a reason. */
  CANCELLED(Wording.of("evaluationStatus.CANCELLED.label"));

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
