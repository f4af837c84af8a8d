package org.continuum.report.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.procedure.domain.VerificationBacklog;
import org.continuum.review.domain.PeriodStatus;

/**
 * What a program's director or coordinator has to chase today: faculty with overdue evaluations,
 * supervisors with entries waiting over a week, trainees behind on a requirement, and the term's
 * milestone review against its end.
 */
public record ProgramWork(
    long programId,
    List<CompletionRow> overdueEvaluations,
    List<VerificationBacklog> waitingVerification,
    List<RequirementOverview.Row> traineesBehind,
    Review review)
    implements Serializable {

  public long overdueEvaluationCount() {
    return overdueEvaluations.stream().mapToLong(CompletionRow::overdue).sum();
  }

  public long waitingEntryCount() {
    return waitingVerification.stream().mapToLong(VerificationBacklog::entries).sum();
  }

  /** Nothing to chase: the page says so rather than showing empty lists. */
  public boolean clear() {
    return overdueEvaluations.isEmpty()
        && waitingVerification.isEmpty()
        && traineesBehind.isEmpty()
        && review.status() == PeriodStatus.FINALISED;
  }

  /**
   * The milestone review of today's term: its label, the day the term ends, days left, and its
   * status (null while nobody has opened it).
   */
  public record Review(String label, LocalDate ends, long daysLeft, PeriodStatus status)
      implements Serializable {}
}
