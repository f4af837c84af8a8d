package org.continuum.shared.domain;

/** What checking a sealed record found. */
public enum SealCheck implements Titled {
  VERIFIED("The seal verifies: this is the content as it was signed.", "Seal verifies"),
  UNKEYED(
      "Sealed before keyed seals: the content matches its hash, but a hash alone cannot prove it"
          + " was not rewritten together with the content.",
      "Hash matches (older seal)"),
  UNKNOWN_KEY(
      "Sealed with a key this server does not hold: it cannot be checked here.",
      "Seal key unknown here"),
  BROKEN(
      "The seal does not verify: the content or the seal was changed after signing.",
      "Seal broken");

  private final String title;
  private final String shortLabel;

  SealCheck(String title, String shortLabel) {
    this.title = title;
    this.shortLabel = shortLabel;
  }

  /** A few words for a list's column; {@link #title()} says what it means. */
  public String shortLabel() {
    return shortLabel;
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
