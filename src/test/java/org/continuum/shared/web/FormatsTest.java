package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private final Formats fmt = new Formats();

  @Test
  void aRangeOfOneDayIsThatDay() {
    LocalDate day = LocalDate.of(2026, 10, 1);
    assertThat(fmt.range(day, day)).isEqualTo("2026-10-01");
    assertThat(fmt.range(day, day.plusDays(30))).isEqualTo("2026-10-01 to 2026-10-31");
    assertThat(fmt.range(null, day)).isEqualTo("2026-10-01");
    assertThat(fmt.range(null, null)).isEmpty();
  }

  @Test
  void theFirstItemsOfAShortListAreAllOfIt() {
    assertThat(fmt.first(java.util.List.of(1, 2, 3), 5)).containsExactly(1, 2, 3);
    assertThat(fmt.first(java.util.List.of(1, 2, 3, 4, 5, 6), 5)).hasSize(5);
    assertThat(fmt.first(null, 5)).isEmpty();
  }
}
