package org.continuum.evaluation.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationPermissions;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.shared.domain.Wording;

/**
 * One evaluation as the person reading it may see it, with what they may do next. For an anonymous
 * evaluation it is only ever built for its author.
 */
public record EvaluationDetail(
    long id,
    long version,
    long programId,
    EvaluationKind kind,
    EvaluationStatus status,
    String formTitle,
    String formLabel,
    String instructions,
    long evaluatorId,
    String evaluatorName,
    long traineeId,
    String traineeName,
    String aboutFacultyName,
    String rotationName,
    String procedureSummary,
    LocalDate periodStart,
    LocalDate periodEnd,
    LocalDate dueOn,
    boolean overdue,
    int contentRevision,
    List<ItemView> items,
    SignatureView signature,
    Long amendsId,
    String amendmentReason,
    Long amendedById,
    Instant submittedAt,
    Instant acknowledgedAt,
    String cancelReason,
    EvaluationPermissions may)
    implements Serializable {

  /** "Faculty evaluation of trainee - Ana Chen, EDX, 2026-09-01 to 2026-09-30" */
  public String subjectLine() {
    StringBuilder s = new StringBuilder(traineeName);
    if (rotationName != null) {
      s.append(", ").append(rotationName);
    }
    if (aboutFacultyName != null) {
      s.append(", teaching of ").append(aboutFacultyName);
    }
    if (procedureSummary != null) {
      s.append(", ").append(procedureSummary);
    }
    return s.toString();
  }

  public List<String> missing() {
    return items.stream()
        .filter(i -> i.required() && !i.isAnswered())
        .map(i -> Wording.of("programEvaluations.item", i.seq()))
        .toList();
  }
}
