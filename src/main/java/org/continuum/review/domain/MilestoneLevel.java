package org.continuum.review.domain;

import java.math.BigDecimal;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * A milestone level as the committee and the accreditor use it: 1 to 5 in half steps, or 0 for "has
 * not yet reached level 1". Stored as its text ("3.5").
 */
public record MilestoneLevel(BigDecimal value) implements Comparable<MilestoneLevel> {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal MAX = new BigDecimal("5");

  public MilestoneLevel {
    if (value == null
        || value.signum() < 0
        || value.compareTo(MAX) > 0
        || value.remainder(HALF).signum() != 0
        || (value.signum() > 0 && value.compareTo(BigDecimal.ONE) < 0)) {
      throw new InvalidInputException("level", Wording.of("milestoneLevel.level0YetLevel"));
    }
    value = value.stripTrailingZeros();
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
  }

  public static MilestoneLevel parse(String text) {
    try {
      return new MilestoneLevel(new BigDecimal(text == null ? "" : text.strip()));
    } catch (NumberFormatException e) {
      throw new InvalidInputException("level", Wording.of("milestoneLevel.level0YetLevel"));
    }
  }

  /** The nearest half level to a number (e.g. a median of 3.25 rounds to 3.5). */
  public static MilestoneLevel nearest(double level) {
    double clamped = Math.max(1, Math.min(5, level));
    return new MilestoneLevel(BigDecimal.valueOf(Math.round(clamped * 2) / 2.0));
  }

  public double asDouble() {
    return value.doubleValue();
  }

  public String text() {
    return value.toPlainString();
  }

  @Override
  public int compareTo(MilestoneLevel other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return text();
  }
}
