package org.continuum.report.application;

import org.continuum.evaluation.domain.EvaluationTally;
import org.continuum.learning.application.RequirementStatus;
import org.continuum.procedure.domain.MinimumProgress;
import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** Where a trainee stands on one requirement of the matrix. */
public enum RequirementState implements Titled {
  MET(Wording.of("requirementState.MET.title")),
  ON_TRACK(Wording.of("requirementState.ON_TRACK.title")),
  BEHIND(Wording.of("requirementState.BEHIND.title")),
  OPEN(Wording.of("requirementState.OPEN.title")),
  OVERDUE(Wording.of("requirementState.OVERDUE.title")),
  IN_PROGRESS(Wording.of("requirementState.IN_PROGRESS.title")),
  NOT_STARTED(Wording.of("requirementState.NOT_STARTED.title")),
  NOT_PASSED(Wording.of("requirementState.NOT_PASSED.title"));

  private final String title;

  RequirementState(String title) {
    this.title = title;
  }

  /** A procedure minimum: met, or where its pace stands. */
  static RequirementState of(MinimumProgress p) {
    if (p.verified() >= p.required()) {
      return MET;
    }
    return switch (p.status()) {
      case MET -> MET;
      case ON_TRACK -> ON_TRACK;
      case BEHIND -> BEHIND;
    };
  }

  /** A kind of evaluation: all signed, some overdue, or open. */
  static RequirementState of(EvaluationTally t) {
    if (t.signed() >= t.requested()) {
      return MET;
    }
    return t.overdue() > 0 ? OVERDUE : OPEN;
  }

  /** A required module: passed, overdue, or how far the trainee got. */
  static RequirementState of(RequirementStatus s) {
    if (s.isDone()) {
      return MET;
    }
    if (s.overdue()) {
      return OVERDUE;
    }
    return switch (s.standing()) {
      case NOT_STARTED -> NOT_STARTED;
      case IN_PROGRESS -> IN_PROGRESS;
      case NOT_PASSED -> NOT_PASSED;
      case PASSED -> MET;
    };
  }

  @Override
  public String title() {
    return title;
  }
}
