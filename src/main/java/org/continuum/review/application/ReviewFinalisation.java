package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.ConfirmedSigner;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.RosterRow;
import org.continuum.review.domain.FinalLevel;
import org.continuum.review.domain.LevelProposal;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Wording;

/**
 * The program director finalises a period: every trainee of the year must have a proposed level for
 * every subcompetency; the proposals become the final levels, signed (password again) with a hash
 * of their canonical text, and the period locks.
 */
@ApplicationScoped
@Transactional
public class ReviewFinalisation {

  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject CccReviews reviews;
  @Inject ReviewRepository repository;
  @Inject AuditTrail audit;
  @Inject Sealer sealer;

  /** Checks, before the password is asked for, that the period can be finalised. */
  public void requireFinalisable(long periodId, long expectedVersion) {
    ReviewPeriod period = directed(periodId, expectedVersion);
    List<String> missing = missing(period);
    if (!missing.isEmpty()) {
      throw new RuleViolationException(
          Wording.of("reviewFinalisation.levelsStillProposed", String.join("; ", missing)));
    }
  }

  public PeriodView finalise(long periodId, long expectedVersion, ConfirmedSigner signer) {
    if (signer.accountId() != currentUser.accountId()) {
      throw new AccessDeniedException();
    }
    requireFinalisable(periodId, expectedVersion);
    ReviewPeriod period = repository.period(periodId).orElseThrow();
    List<FinalLevel> levels = new ArrayList<>();
    for (LevelProposal p : repository.proposals(periodId)) {
      FinalLevel level =
          new FinalLevel(
              period,
              p.getTraineeId(),
              p.getSubcompetencyCode(),
              p.getLevel(),
              FinalLevel.Source.REVIEW);
      repository.add(level);
      levels.add(level);
    }
    period.finalise(signer.accountId(), signer.printedName(), clock.instant(), levels, sealer);
    repository.flush();
    audit.record(
        AuditEventType.REVIEW_FINALISED,
        CccReviews.SUBJECT,
        periodId,
        period.getProgramId(),
        levels.size() + " levels, sha256:" + period.getContentHash());
    return PeriodView.of(period);
  }

  private ReviewPeriod directed(long periodId, long expectedVersion) {
    ReviewPeriod period = reviews.readable(periodId);
    access.requireInProgram(period.getProgramId(), Role.PROGRAM_DIRECTOR);
    period.requireVersion(expectedVersion);
    period.requireOpen();
    return period;
  }

  /** "Dr. Lily Chen (3 of 22)" for each trainee without a full set of proposals. */
  private List<String> missing(ReviewPeriod period) {
    List<SubcompetencyView> subs = reviews.subcompetencies(period.getProgramId());
    Map<Long, Integer> proposed = new HashMap<>();
    repository
        .proposals(period.getId())
        .forEach(p -> proposed.merge(p.getTraineeId(), 1, Integer::sum));
    List<String> missing = new ArrayList<>();
    for (RosterRow r : reviews.roster(period)) {
      int done = proposed.getOrDefault(r.traineeId(), 0);
      if (done < subs.size()) {
        missing.add(r.displayName() + " (" + done + " of " + subs.size() + ")");
      }
    }
    return missing;
  }
}
