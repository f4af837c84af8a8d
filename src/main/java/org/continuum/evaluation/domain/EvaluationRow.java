package org.continuum.evaluation.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One evaluation as lists show it, with the names of the people and the rotation on it. */
public record EvaluationRow(
    long id,
    long version,
    long programId,
    EvaluationKind kind,
    EvaluationStatus status,
    String formTitle,
    long evaluatorId,
    String evaluatorName,
    long traineeId,
    String traineeName,
    Long aboutFacultyId,
    String rotationName,
    Long procedureLogId,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueOn,
    Instant signedAt,
    Instant acknowledgedAt,
    Long amendsId,
    Long amendedById)
    implements Serializable {

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }
}
