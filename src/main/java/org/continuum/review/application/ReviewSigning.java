package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.identity.application.AuthenticationService;
import org.continuum.identity.application.CurrentUser;

/**
 * Finalising with the password again, in the same order as signing an evaluation: check the period
 * can be finalised, check the password outside any transaction (a wrong one counts toward the
 * lockout), then finalise.
 */
@ApplicationScoped
public class ReviewSigning {

  @Inject ReviewFinalisation finalisation;
  @Inject AuthenticationService authentication;
  @Inject CurrentUser currentUser;

  public PeriodView finalise(long periodId, long expectedVersion, char[] password) {
    finalisation.requireFinalisable(periodId, expectedVersion);
    return finalisation.finalise(
        periodId,
        expectedVersion,
        authentication.requirePasswordOf(currentUser.accountId(), password));
  }
}
