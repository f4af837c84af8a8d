package org.continuum.review.domain;

/**
 * A level against its target: under it, at it (up to a level over), a level or more over it, or no
 * evidence. Screens show it by colour, symbol and words, never by colour alone.
 */
public enum Standing {
  NONE("", "no evidence"),
  BELOW("▼", "below target"),
  AT("", "on target"),
  ABOVE("▲", "above target");

  private final String symbol;
  private final String words;

  Standing(String symbol, String words) {
    this.symbol = symbol;
    this.words = words;
  }

  public String symbol() {
    return symbol;
  }

  /** What a screen reader hears for a cell at this level. */
  public String spoken(String level) {
    return this == NONE ? words : "level " + level + ", " + words;
  }
}
