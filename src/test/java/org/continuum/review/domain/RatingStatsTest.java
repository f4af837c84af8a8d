package org.continuum.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class RatingStatsTest {

  @Test
  void theMedianOfHalfLevelsMayFallBetweenThem() {
    RatingStats odd = RatingStats.of(List.of(3.5, 2.0, 2.5));
    assertThat(odd.median()).isEqualTo(2.5);
    assertThat(odd.min()).isEqualTo(2.0);
    assertThat(odd.max()).isEqualTo(3.5);
    assertThat(RatingStats.of(List.of(2.0, 3.5, 2.5, 3.0)).median()).isEqualTo(2.75);
    assertThat(RatingStats.of(List.of()).count()).isZero();
    assertThat(RatingStats.of(List.of()).summary()).isEqualTo("No ratings");
  }

  @Test
  void theTrendComparesTheLaterHalfWithTheEarlierHalf() {
    assertThat(RatingStats.of(List.of(2.0, 2.0, 3.0, 3.5)).trend()).isEqualTo("RISING");
    assertThat(RatingStats.of(List.of(3.5, 3.0, 2.5)).trend()).isEqualTo("FALLING");
    assertThat(RatingStats.of(List.of(3.0, 3.0, 3.0)).trend()).isEqualTo("STEADY");
    assertThat(RatingStats.of(List.of(3.0)).trend()).isEmpty();
    assertThat(RatingStats.of(List.of(2.0, 2.0, 3.0, 3.5)).summary())
        .isEqualTo("2.5 (2 to 3.5), 4 ratings, rising");
  }

  @Test
  void levelsAreZeroOrOneToFiveInHalfSteps() {
    assertThat(MilestoneLevel.parse("3.50").text()).isEqualTo("3.5");
    assertThat(MilestoneLevel.parse("4.0").text()).isEqualTo("4");
    assertThat(MilestoneLevel.parse("0").text()).isEqualTo("0");
    for (String bad : List.of("0.5", "2.25", "5.5", "-1", "NYA", "")) {
      assertThatThrownBy(() -> MilestoneLevel.parse(bad))
          .as(bad)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> assertThat(e.errors().get(0).field()).isEqualTo("level"));
    }
    assertThat(MilestoneLevel.nearest(3.25).text()).isEqualTo("3.5");
    assertThat(MilestoneLevel.nearest(3.2).text()).isEqualTo("3");
  }

  @Test
  void termsSplitTheAcademicYearAtTheNewYear() {
    AcademicYear year = new AcademicYear(2026);
    assertThat(Term.FALL.start(year)).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Term.FALL.end(year)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(Term.SPRING.start(year)).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(Term.SPRING.end(year)).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(Term.containing(LocalDate.of(2026, 12, 31))).isEqualTo(Term.FALL);
    assertThat(Term.containing(LocalDate.of(2027, 1, 1))).isEqualTo(Term.SPRING);
  }

  @Test
  void theDefaultTargetRisesToLevelFourByGraduation() {
    LocalDate start = LocalDate.of(2024, 7, 1);
    LocalDate graduation = LocalDate.of(2028, 6, 30);
    assertThat(Targets.expected(start, graduation, start).text()).isEqualTo("1");
    assertThat(Targets.expected(start, graduation, LocalDate.of(2026, 6, 30)).text())
        .isEqualTo("2.5");
    assertThat(Targets.expected(start, graduation, graduation).text()).isEqualTo("4");
    assertThat(Targets.expected(start, graduation, graduation.plusYears(1)).text()).isEqualTo("4");
  }
}
