package org.continuum.review.application;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.continuum.review.domain.PeriodStatus;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.Term;

/** A review period as lists show it. */
public record PeriodView(
    long id,
    long version,
    long programId,
    int academicYear,
    Term term,
    String label,
    LocalDate start,
    LocalDate end,
    PeriodStatus status,
    String finalisedBy,
    Instant finalisedAt,
    String contentHash)
    implements Serializable {

  static PeriodView of(ReviewPeriod p) {
    return new PeriodView(
        p.getId(),
        p.getVersion(),
        p.getProgramId(),
        p.getAcademicYear(),
        p.getTerm(),
        p.label(),
        p.start(),
        p.end(),
        p.getStatus(),
        p.getPrintedName(),
        p.getFinalisedAt(),
        p.getContentHash());
  }

  public boolean finalised() {
    return status == PeriodStatus.FINALISED;
  }
}
