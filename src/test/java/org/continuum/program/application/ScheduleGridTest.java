package org.continuum.program.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.continuum.program.domain.AssignmentRow;
import org.continuum.shared.domain.AcademicYear;
import org.junit.jupiter.api.Test;

class ScheduleGridTest {

  private static AssignmentRow block(
      long trainee, String name, String code, String from, String to) {
    return new AssignmentRow(
        1, 0, trainee, name, 1, code, code, LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void eachMonthShowsTheRotationsThatTouchIt() {
    ScheduleGrid grid =
        ScheduleGrid.of(
            new AcademicYear(2026),
            List.of(
                block(1, "Chen", "INPT", "2026-07-01", "2026-08-31"),
                block(1, "Chen", "EDX", "2026-09-01", "2026-09-14"),
                block(1, "Chen", "MSK", "2026-09-15", "2026-10-31"),
                block(2, "Patel", "PEDS", "2027-06-01", "2027-07-31")));
    assertThat(grid.months()).hasSize(12).startsWith("Jul").endsWith("Jun");
    assertThat(grid.lines())
        .extracting(ScheduleGrid.Line::traineeName)
        .containsExactly("Chen", "Patel");
    assertThat(grid.lines().get(0).cells().subList(0, 5))
        .containsExactly("INPT", "INPT", "EDX / MSK", "MSK", "");
    assertThat(grid.lines().get(1).cells().get(11)).isEqualTo("PEDS");
  }
}
