package org.continuum.learning.application;

import java.io.Serializable;
import java.util.List;

/**
 * A module version's results in a program: who tried, finished and passed it, how the scores fall,
 * and how each question behaved (difficulty and discrimination).
 */
public record ModuleReport(
    ModuleSummary module,
    long traineesStarted,
    long traineesFinished,
    long traineesPassed,
    long attemptsFinished,
    Integer medianScore,
    List<Bin> distribution,
    List<Item> items)
    implements Serializable {

  /** A band of scores ("70-79") and how many finished attempts fell in it. */
  public record Bin(String band, long attempts) implements Serializable {}

  /** One question: stage, prompt (plain), answers counted, share right, point-biserial. */
  public record Item(
      String key, int stage, String prompt, long answered, Double difficulty, Double discrimination)
      implements Serializable {

    /** A word for the director: flags items to review (too easy, too hard, or not separating). */
    public String flag() {
      if (answered < 5) {
        return "too few answers to judge";
      }
      if (discrimination != null && discrimination < 0.1) {
        return "review: does not separate stronger from weaker attempts";
      }
      if (difficulty != null && difficulty > 0.95) {
        return "very easy";
      }
      if (difficulty != null && difficulty < 0.3) {
        return "review: very hard";
      }
      return "";
    }
  }
}
