package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PaceTest {

  /** A PGY-2 to PGY-4 resident, today in the middle of PGY-3. */
  private static final TrainingPeriod THREE_YEARS =
      new TrainingPeriod(
          LocalDate.of(2025, 7, 1),
          LocalDate.of(2028, 6, 30),
          3,
          LocalDate.of(2026, 7, 1),
          LocalDate.of(2027, 6, 30));

  private static final LocalDate MID_PGY3 = LocalDate.of(2026, 12, 30);

  @Test
  void withoutInterimTargetsTheMinimumIsSpreadEvenlyOverTraining() {
    MinimumProgress progress = Pace.of(150, 60, 4, THREE_YEARS, List.of(), MID_PGY3);
    assertThat(progress.expectedByNow()).isEqualTo(74); // 547 of 1095 days
    assertThat(progress.status()).isEqualTo(PaceStatus.BEHIND);
    assertThat(progress.projectedAtGraduation()).isEqualTo(120);
    assertThat(progress.percent()).isEqualTo(40);
  }

  @Test
  void interimTargetsSetTheExpectationWithinTheCurrentYear() {
    List<InterimTarget> targets =
        List.of(new InterimTarget(2, 40), new InterimTarget(3, 100), new InterimTarget(4, 150));
    MinimumProgress progress = Pace.of(150, 60, 0, THREE_YEARS, targets, MID_PGY3);
    // from 40 (end of PGY-2) toward 100, half-way through the year
    assertThat(progress.expectedByNow()).isEqualTo(70);
    assertThat(progress.status()).isEqualTo(PaceStatus.BEHIND);
    MinimumProgress onTarget = Pace.of(150, 70, 0, THREE_YEARS, targets, MID_PGY3);
    assertThat(onTarget.projectedAtGraduation())
        .as("a straight line from a back-loaded curve")
        .isEqualTo(140);
    assertThat(onTarget.status())
        .as("the program's own targets, not the straight projection, say what is on track")
        .isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void levelWithTheStraightLineButShortOfTheMinimumAtThisPaceIsBehind() {
    // 74 is what the even spread asks by now, rounded down; kept up, it reaches 148, not 150
    MinimumProgress level = Pace.of(150, 74, 0, THREE_YEARS, List.of(), MID_PGY3);
    assertThat(level.expectedByNow()).isEqualTo(74);
    assertThat(level.projectedAtGraduation()).isEqualTo(148);
    assertThat(level.status()).isEqualTo(PaceStatus.BEHIND);
    MinimumProgress enough = Pace.of(150, 75, 0, THREE_YEARS, List.of(), MID_PGY3);
    assertThat(enough.projectedAtGraduation()).isEqualTo(150);
    assertThat(enough.status()).isEqualTo(PaceStatus.ON_TRACK);
  }

  @Test
  void meetingTheMinimumIsMetWhateverTheDate() {
    assertThat(Pace.of(20, 20, 0, THREE_YEARS, List.of(), LocalDate.of(2025, 8, 1)).status())
        .isEqualTo(PaceStatus.MET);
  }

  @Test
  void earlyOnThereIsNoProjectionAndNothingIsExpectedBeforeTheStart() {
    MinimumProgress first = Pace.of(150, 2, 0, THREE_YEARS, List.of(), LocalDate.of(2025, 7, 20));
    assertThat(first.projectedAtGraduation()).isNull();
    assertThat(first.status()).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(Pace.expectedByNow(150, THREE_YEARS, List.of(), LocalDate.of(2025, 6, 1))).isZero();
  }

  @Test
  void afterGraduationTheWholeMinimumIsExpected() {
    assertThat(Pace.expectedByNow(150, THREE_YEARS, List.of(), LocalDate.of(2029, 1, 1)))
        .isEqualTo(150);
  }
}
