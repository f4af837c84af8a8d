package org.continuum.learning.domain;

import java.util.List;

/**
 * Classical item analysis from aggregates: difficulty is the share of answers that were right;
 * discrimination is the point-biserial correlation between getting the item right and the attempt's
 * total score (how well the item separates stronger from weaker attempts).
 */
public final class ItemStatistics {

  private ItemStatistics() {}

  /** Share right, 0 to 1; null without answers. */
  public static Double difficulty(long answered, long right) {
    return answered == 0 ? null : (double) right / answered;
  }

  /**
   * r_pb = (M1 - M0) / s * sqrt(p q), with M1 and M0 the mean total scores of attempts that got the
   * item right and wrong, s the standard deviation of the totals, p the share right. Null where it
   * is undefined: everyone right, everyone wrong, or no spread in scores.
   */
  public static Double discrimination(
      long answered, long right, double sumScores, double sumScoresRight, double spread) {
    if (answered == 0 || right == 0 || right == answered || spread == 0) {
      return null;
    }
    double p = (double) right / answered;
    double meanRight = sumScoresRight / right;
    double meanWrong = (sumScores - sumScoresRight) / (answered - right);
    return (meanRight - meanWrong) / spread * Math.sqrt(p * (1 - p));
  }

  /** Population standard deviation. */
  public static double spread(List<Integer> scores) {
    if (scores.isEmpty()) {
      return 0;
    }
    double mean = scores.stream().mapToInt(Integer::intValue).average().orElse(0);
    double variance =
        scores.stream().mapToDouble(s -> (s - mean) * (s - mean)).sum() / scores.size();
    return Math.sqrt(variance);
  }
}
