package org.continuum.evaluation.application;

import java.io.Serializable;
import java.util.List;

/**
 * Trainees' anonymous evaluations of rotations and teaching, in aggregate: per rotation and faculty
 * member, the number of responses and, where there are at least {@code threshold}, the average and
 * spread of each rated item and the comments in no particular order.
 */
public record FeedbackReport(int academicYear, int threshold, List<Group> groups)
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
      return (rotationName == null ? "Rotation not named" : rotationName)
          + (facultyName == null ? "" : " - " + facultyName);
    }
  }

  /** One item: its prompt, average score on its scale, and the comments. */
  public record ItemSummary(
      String prompt, String scale, Double average, int rated, List<String> comments)
      implements Serializable {

    public String averageText() {
      return average == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", average);
    }
  }
}
