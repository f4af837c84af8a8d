package org.continuum.shared.domain;

/** What checking a sealed record found. */
public enum SealCheck implements Titled {
  VERIFIED("The seal verifies: this is the content as it was signed."),
  UNKEYED(
      "Sealed before keyed seals: the content matches its hash, but a hash alone cannot prove it"
          + " was not rewritten together with the content."),
  UNKNOWN_KEY("Sealed with a key this server does not hold: it cannot be checked here."),
  BROKEN("The seal does not verify: the content or the seal was changed after signing.");

  private final String title;

  SealCheck(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * Whether the record can be relied on as signed: verified, or an earlier unkeyed seal that
   * matches.
   */
  public boolean isTrustworthy() {
    return this == VERIFIED || this == UNKEYED;
  }
}
