package org.continuum.review.domain;

import org.continuum.shared.domain.Wording;

/**
 * A level against its target: under it, at it (up to a level over), a level or more over it, or no
 * evidence. Screens show it by colour, symbol and words, never by colour alone.
 */
public enum Standing {
  NONE("", Wording.of("standing.NONE.words")),
  BELOW("▼", Wording.of("standing.BELOW.words")),
  AT("", Wording.of("standing.AT.words")),
  ABOVE("▲", Wording.of("standing.ABOVE.words"));

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
