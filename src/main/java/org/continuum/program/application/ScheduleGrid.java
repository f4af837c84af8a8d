package org.continuum.program.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.shared.domain.AcademicYear;

/**
 * An academic year's block schedule as a grid: a line per trainee, a cell per month with the
 * rotation codes of the blocks that touch it.
 */
public record ScheduleGrid(List<String> months, List<Line> lines) implements Serializable {

  /** One trainee's year: twelve cells, July first. */
  public record Line(long traineeId, String traineeName, List<String> cells)
      implements Serializable {}

  public static ScheduleGrid of(AcademicYear year, List<AssignmentRow> blocks) {
    List<String> months = new ArrayList<>();
    for (int m = 0; m < 12; m++) {
      months.add(
          year.start().plusMonths(m).getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
    }
    Map<Long, String> names = new LinkedHashMap<>();
    Map<Long, List<List<String>>> cells = new LinkedHashMap<>();
    for (AssignmentRow b : blocks) {
      names.putIfAbsent(b.traineeId(), b.traineeName());
      List<List<String>> line =
          cells.computeIfAbsent(
              b.traineeId(),
              t -> {
                List<List<String>> empty = new ArrayList<>();
                for (int m = 0; m < 12; m++) {
                  empty.add(new ArrayList<>());
                }
                return empty;
              });
      for (int m = 0; m < 12; m++) {
        LocalDate first = year.start().plusMonths(m);
        LocalDate last = first.plusMonths(1).minusDays(1);
        if (!b.startDate().isAfter(last) && !b.endDate().isBefore(first)) {
          line.get(m).add(b.rotationCode());
        }
      }
    }
    List<Line> lines = new ArrayList<>();
    cells.forEach(
        (trainee, line) ->
            lines.add(
                new Line(
                    trainee,
                    names.get(trainee),
                    line.stream().map(codes -> String.join(" / ", codes)).toList())));
    return new ScheduleGrid(List.copyOf(months), lines);
  }
}
