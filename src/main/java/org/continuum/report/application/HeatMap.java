package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;

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
   * One cell. {@code status} is BELOW (under the target), AT, ABOVE (a level or more over it) or
   * NONE (no evidence); screens show it by colour, symbol and words, never by colour alone.
   */
  public record Cell(String level, String status) implements Serializable {

    public String symbol() {
      return switch (status) {
        case "BELOW" -> "▼";
        case "ABOVE" -> "▲";
        default -> "";
      };
    }

    /** What a screen reader hears. */
    public String spoken() {
      return switch (status) {
        case "BELOW" -> "level " + level + ", below target";
        case "ABOVE" -> "level " + level + ", above target";
        case "AT" -> "level " + level + ", on target";
        default -> "no evidence";
      };
    }
  }
}
