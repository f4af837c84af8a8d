package org.continuum.review.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.review.domain.Standing;

/**
 * A trainee's final milestone levels over the program's finalised review periods, with the target
 * of each. Built only from finalised periods: proposals and deliberations never appear here.
 */
public record Trajectory(
    long programId, String programName, String traineeName, List<String> periods, List<Line> lines)
    implements Serializable {

  /** One subcompetency: a point per period (level or empty) and the target then. */
  public record Line(String code, String title, List<Point> points) implements Serializable {

    /** An SVG polyline of the levels (0 to 5 up the y axis), for a small chart beside the table. */
    public String polyline() {
      return polyline(points.stream().map(Point::level).toList());
    }

    /** The same for the targets: the path the levels are measured against, drawn dashed. */
    public String targetPolyline() {
      return polyline(points.stream().map(Point::target).toList());
    }

    private static String polyline(List<String> values) {
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < values.size(); i++) {
        String value = values.get(i);
        if (value != null && !value.isEmpty()) {
          s.append(i * 30 + 5).append(',').append(55 - Double.parseDouble(value) * 10).append(' ');
        }
      }
      return s.toString().strip();
    }
  }

  /** A period's level and target; {@code status} as on the heat map. */
  public record Point(String level, String target, Standing status) implements Serializable {}
}
