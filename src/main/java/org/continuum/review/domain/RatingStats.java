package org.continuum.review.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.continuum.shared.domain.Wording;

/**
 * What the committee reads of a set of milestone ratings: how many, the median, the range and the
 * trend over time. Ratings of "not yet assessable" are not ratings and are left out before this.
 *
 * @param trend RISING, FALLING or STEADY: the mean of the later half against the earlier half
 */
public record RatingStats(int count, Double median, Double min, Double max, String trend)
    implements Serializable {

  static final double TREND_STEP = 0.25;

  public static final RatingStats NONE = new RatingStats(0, null, null, null, "");

  /**
   * @param chronological levels, oldest first
   */
  public static RatingStats of(List<Double> chronological) {
    if (chronological.isEmpty()) {
      return NONE;
    }
    List<Double> sorted = new ArrayList<>(chronological);
    Collections.sort(sorted);
    int n = sorted.size();
    double median =
        n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    return new RatingStats(n, median, sorted.get(0), sorted.get(n - 1), trend(chronological));
  }

  private static String trend(List<Double> values) {
    int n = values.size();
    if (n < 2) {
      return "";
    }
    double early = mean(values.subList(0, n / 2));
    double late = mean(values.subList(n - n / 2, n));
    if (late - early >= TREND_STEP) {
      return "RISING";
    }
    if (early - late >= TREND_STEP) {
      return "FALLING";
    }
    return "STEADY";
  }

  private static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  /** "3.5 (2.5 to 4), 6 ratings, rising" */
  public String summary() {
    if (count == 0) {
      return Wording.of("ratingStats.none");
    }
    StringBuilder s = new StringBuilder(format(median));
    if (!min.equals(max)) {
      s.append(" (").append(format(min)).append(" to ").append(format(max)).append(')');
    }
    s.append(", ").append(count).append(count == 1 ? " rating" : " ratings");
    if (!trend.isEmpty() && !"STEADY".equals(trend)) {
      s.append(", ").append(trend.toLowerCase(java.util.Locale.ROOT));
    }
    return s.toString();
  }

  private static String format(Double level) {
    return level % 1 == 0 ? String.valueOf(level.intValue()) : String.valueOf(level);
  }
}
