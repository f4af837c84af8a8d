package org.continuum.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Item analysis on a constructed set: three finished attempts scoring 80, 40 and 100. */
class ItemStatisticsTest {

  private final List<Integer> scores = List.of(80, 40, 100);

  @Test
  void difficultyIsTheShareRight() {
    assertThat(ItemStatistics.difficulty(3, 2)).isEqualTo(2.0 / 3);
    assertThat(ItemStatistics.difficulty(0, 0)).isNull();
  }

  @Test
  void discriminationIsThePointBiserialCorrelation() {
    double spread = ItemStatistics.spread(scores);
    assertThat(spread).isCloseTo(24.944, within(0.001));
    // right in the attempts that scored 40 and 100, wrong in the one that scored 80
    assertThat(ItemStatistics.discrimination(3, 2, 220, 140, spread))
        .isCloseTo(-0.189, within(0.001));
    // right in the two strongest attempts: a positive, high value
    assertThat(ItemStatistics.discrimination(3, 2, 220, 180, spread))
        .isCloseTo(0.945, within(0.001));
  }

  @Test
  void undefinedWhenEveryoneAgreesOrScoresDoNotSpread() {
    assertThat(ItemStatistics.discrimination(3, 3, 220, 220, 24.9)).isNull();
    assertThat(ItemStatistics.discrimination(3, 0, 220, 0, 24.9)).isNull();
    assertThat(ItemStatistics.discrimination(3, 2, 210, 140, 0)).isNull();
    assertThat(ItemStatistics.spread(List.of())).isZero();
  }
}
