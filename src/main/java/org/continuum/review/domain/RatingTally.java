package org.continuum.review.domain;

import java.util.Map;
import java.util.TreeMap;

/**
 * Ratings counted by level, for the median of a cohort's ratings without a list of every rating:
 * the heat map reads its ratings already grouped by level (a summary row per trainee, subcompetency
 * and level), and a level has at most ten values, so the median is a walk over ten counts instead
 * of a sort of every rating. Same median as {@link RatingStats#of}.
 */
public final class RatingTally {

  private final TreeMap<Double, Integer> counts = new TreeMap<>();
  private int total;

  /** Adds {@code count} ratings at this level. */
  public void add(double level, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("A count of ratings cannot be negative: " + count);
    }
    if (count > 0) {
      counts.merge(level, count, Integer::sum);
      total += count;
    }
  }

  public int count() {
    return total;
  }

  /** The median, or null without any rating; between two levels when the count is even. */
  public Double median() {
    if (total == 0) {
      return null;
    }
    // the middle ratings in sorted order, 0-based: one for an odd count, two for an even one
    double lower = at((total - 1) / 2);
    double upper = at(total / 2);
    return (lower + upper) / 2.0;
  }

  private double at(int position) {
    int seen = 0;
    for (Map.Entry<Double, Integer> e : counts.entrySet()) {
      seen += e.getValue();
      if (position < seen) {
        return e.getKey();
      }
    }
    throw new IllegalStateException("position " + position + " beyond " + total);
  }
}
