package org.continuum.evaluation.domain;

/**
 * How anonymous feedback reaches a program. The new responses about one rotation and faculty member
 * in one academic year are released together once there are at least {@code size} of them; fewer
 * wait for the next release. What is released is shown item by item only where at least {@link
 * #THRESHOLD} trainees answered. So neither one report, nor the difference between two, holds the
 * answers of fewer trainees than that, however often the program reads it.
 */
public record FeedbackBatches(int size) {

  /** Fewer answers than this are never shown, so no single trainee's can be picked out. */
  public static final int THRESHOLD = 3;

  public FeedbackBatches {
    if (size < THRESHOLD) {
      throw new IllegalArgumentException(
          "A feedback batch must hold at least " + THRESHOLD + " responses, not " + size + ".");
    }
  }

  /** Whether this many responses waiting about the same rotation and faculty member go out. */
  public boolean isReady(long waiting) {
    return waiting >= size;
  }

  /** Whether an item, or its comments, answered this many times may be shown. */
  public static boolean isShown(long answers) {
    return answers >= THRESHOLD;
  }
}
