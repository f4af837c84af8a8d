package org.continuum.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AcademicYearTest {

  @Test
  void runsFromFirstJulyToThirtiethJune() {
    assertThat(AcademicYear.containing(LocalDate.of(2026, 6, 30)))
        .isEqualTo(new AcademicYear(2025));
    assertThat(AcademicYear.containing(LocalDate.of(2026, 7, 1))).isEqualTo(new AcademicYear(2026));
    AcademicYear year = new AcademicYear(2026);
    assertThat(year.start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(year.end()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(year.contains(LocalDate.of(2027, 6, 30))).isTrue();
    assertThat(year.contains(LocalDate.of(2027, 7, 1))).isFalse();
  }

  @Test
  void labelRoundTrips() {
    assertThat(new AcademicYear(2026).label()).isEqualTo("2026-2027");
    assertThat(AcademicYear.parse("2026-2027")).isEqualTo(new AcademicYear(2026));
  }

  @Test
  void labelsThatAreNotConsecutiveYearsAreRefused() {
    assertThatThrownBy(() -> AcademicYear.parse("2026-2028"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("like 2026-2027");
    assertThatThrownBy(() -> AcademicYear.parse("next year"))
        .isInstanceOf(InvalidInputException.class);
  }
}
