package org.continuum.identity.application;

import java.time.Instant;

/**
 * Proof that a person typed their password again just now. Only {@link AuthenticationService} makes
 * one, so a use case that asks for it (signing) cannot be reached without the password.
 */
public final class ConfirmedSigner {

  private final long accountId;
  private final String printedName;
  private final Instant confirmedAt;

  ConfirmedSigner(long accountId, String printedName, Instant confirmedAt) {
    this.accountId = accountId;
    this.printedName = printedName;
    this.confirmedAt = confirmedAt;
  }

  public long accountId() {
    return accountId;
  }

  /** The name printed under the signature: the account's display name at this moment. */
  public String printedName() {
    return printedName;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }
}
