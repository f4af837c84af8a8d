package org.continuum.evaluation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.identity.application.AuthenticationService;
import org.continuum.identity.application.ConfirmedSigner;
import org.continuum.identity.application.CurrentUser;

/**
 * Signing, in the order that keeps the record and the lockout honest: check the evaluation can be
 * signed, check the password (slow, outside any transaction; a wrong one counts toward the lockout
 * and is committed on its own), then sign in a short transaction.
 */
@ApplicationScoped
public class EvaluationSigning {

  @Inject Evaluations evaluations;
  @Inject AuthenticationService authentication;
  @Inject CurrentUser currentUser;

  public EvaluationDetail sign(long id, long expectedVersion, char[] password) {
    evaluations.requireSignable(id, expectedVersion);
    ConfirmedSigner signer = authentication.requirePasswordOf(currentUser.accountId(), password);
    return evaluations.sign(id, expectedVersion, signer);
  }
}
