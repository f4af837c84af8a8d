package org.continuum.evaluation.domain;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.continuum.shared.domain.SealCheck;

/**
 * One evaluation as lists show it, with the names of the people and the rotation on it and, once
 * signed and checked, whether its seal verifies.
 */
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
    Long amendedById,
    SealCheck seal)
    implements Serializable {

  /** As the list queries select it, before any seal is checked. */
  public EvaluationRow(
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
      Long amendedById) {
    this(
        id,
        version,
        programId,
        kind,
        status,
        formTitle,
        evaluatorId,
        evaluatorName,
        traineeId,
        traineeName,
        aboutFacultyId,
        rotationName,
        procedureLogId,
        periodStart,
        periodEnd,
        dueOn,
        signedAt,
        acknowledgedAt,
        amendsId,
        amendedById,
        null);
  }

  public EvaluationRow withSeal(SealCheck checked) {
    return new EvaluationRow(
        id,
        version,
        programId,
        kind,
        status,
        formTitle,
        evaluatorId,
        evaluatorName,
        traineeId,
        traineeName,
        aboutFacultyId,
        rotationName,
        procedureLogId,
        periodStart,
        periodEnd,
        dueOn,
        signedAt,
        acknowledgedAt,
        amendsId,
        amendedById,
        checked);
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }
}
