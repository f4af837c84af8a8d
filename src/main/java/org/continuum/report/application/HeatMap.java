package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.review.domain.Standing;

/**
 * Trainees by subcompetencies: each cell a level (final, or the faculty median so far) against the
 * trainee's target.
 */
public record HeatMap(
    String periodLabel, String basis, List<String> codes, List<String> titles, List<Row> rows)
    implements Serializable {

  /** One trainee's line. */
  public record Row(long traineeId, String name, Integer pgy, String target, List<Cell> cells)
      implements Serializable {}

  /**
   * One cell: a level (final, or the median so far), the trainee's target in that subcompetency,
   * and where the level stands against it.
   */
  public record Cell(String level, Standing status, String target) implements Serializable {

    public String symbol() {
      return status.symbol();
    }

    /** What a screen reader hears. */
    public String spoken() {
      return status.spoken(level);
    }
  }
}
