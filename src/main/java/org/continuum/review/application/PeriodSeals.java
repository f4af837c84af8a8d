package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.shared.domain.SealCheck;
import org.continuum.shared.domain.SealSummary;
import org.continuum.shared.domain.Sealer;

/**
 * Checks the seals of finalised milestone reviews against their final levels: all of them for an
 * administrator, or one program's for the milestone file.
 */
@ApplicationScoped
@Transactional
public class PeriodSeals {

  @Inject ReviewRepository reviews;
  @Inject CccReviews ccc;
  @Inject AccessPolicy access;
  @Inject Sealer sealer;

  public SealSummary checkAll() {
    access.requireAdmin();
    return check(null);
  }

  /** No access check here: the milestone file's use case has made its own. */
  public SealSummary checkProgram(long programId) {
    return check(programId);
  }

  /** A finalised period's seal, for those who may read the period; null while it is open. */
  public SealCheck ofPeriod(long periodId) {
    ReviewPeriod period = ccc.readable(periodId);
    return period.isFinalised() ? period.check(reviews.finalLevels(periodId), sealer) : null;
  }

  private SealSummary check(Long programId) {
    SealSummary.Counter counter = new SealSummary.Counter();
    for (ReviewPeriod period : reviews.finalisedPeriods(programId)) {
      counter.add(
          "milestone review",
          period.getId(),
          period.getProgramId(),
          period.check(reviews.finalLevels(period.getId()), sealer));
    }
    return counter.summary();
  }
}
