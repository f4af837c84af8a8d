package org.continuum.shared.domain;

/** What checking a sealed record found. */
public enum SealCheck implements Titled {
  VERIFIED(Wording.of("sealCheck.VERIFIED.title"), Wording.of("sealCheck.VERIFIED.shortLabel")),
  UNKEYED(Wording.of("sealCheck.UNKEYED.title"), Wording.of("sealCheck.UNKEYED.shortLabel")),
  UNKNOWN_KEY(
      Wording.of("sealCheck.UNKNOWN_KEY.title"), Wording.of("sealCheck.UNKNOWN_KEY.shortLabel")),
  BROKEN(Wording.of("sealCheck.BROKEN.title"), Wording.of("sealCheck.BROKEN.shortLabel"));

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
