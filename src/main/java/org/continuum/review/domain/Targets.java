package org.continuum.review.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The default target path: level 4 by graduation, rising evenly from level 1 at the start of
 * training, in half levels. (Programs that set their own targets per subcompetency and year are a
 * later addition.)
 */
public final class Targets {

  public static final double GRADUATION_LEVEL = 4.0;

  private Targets() {}

  /** The level expected of a trainee on {@code asOf}, given when they started and graduate. */
  public static MilestoneLevel expected(LocalDate start, LocalDate graduation, LocalDate asOf) {
    long total = Math.max(1, ChronoUnit.DAYS.between(start, graduation));
    double done = Math.min(1, Math.max(0, ChronoUnit.DAYS.between(start, asOf) / (double) total));
    double level = 1 + (GRADUATION_LEVEL - 1) * done;
    return MilestoneLevel.nearest(Math.min(GRADUATION_LEVEL, level));
  }

  /**
   * Where a level stands against its target: BELOW it, AT it (up to a level over), ABOVE (a level
   * or more over), or NONE without a level.
   */
  public static Standing standing(String level, MilestoneLevel target) {
    if (level == null || level.isEmpty()) {
      return Standing.NONE;
    }
    double value = Double.parseDouble(level);
    if (value < target.asDouble()) {
      return Standing.BELOW;
    }
    return value >= target.asDouble() + 1 ? Standing.ABOVE : Standing.AT;
  }
}
