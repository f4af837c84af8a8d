package org.continuum.evaluation.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.continuum.shared.domain.Wording;

/**
 * Trainees' anonymous evaluations of rotations and teaching as released so far, in aggregate: per
 * rotation and faculty member, the number of responses and, where there are at least {@code
 * threshold}, the average of each item and the comments in no particular order. New responses are
 * released together once {@code batchSize} about the same rotation and faculty member have arrived;
 * {@code releasedOn} is the latest release in the year, if any.
 */
public record FeedbackReport(
    int academicYear, int threshold, int batchSize, LocalDate releasedOn, List<Group> groups)
    implements Serializable {

  /** The feedback about one rotation and (if named) one faculty member. */
  public record Group(
      String rotationName,
      String facultyName,
      int responses,
      boolean shown,
      List<ItemSummary> items)
      implements Serializable {

    public String title() {
      return (rotationName == null ? Wording.of("feedback.rotationNotNamed") : rotationName)
          + (facultyName == null ? "" : " - " + facultyName);
    }
  }

  /**
   * One item: its prompt, average score on its scale, and the comments; an average or comments from
   * fewer trainees than the threshold are withheld (the {@code withheld} counts say how many).
   */
  public record ItemSummary(
      String prompt,
      String scale,
      Double average,
      int rated,
      int withheldRatings,
      List<String> comments,
      int withheldComments)
      implements Serializable {

    public String averageText() {
      return average == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", average);
    }
  }
}
