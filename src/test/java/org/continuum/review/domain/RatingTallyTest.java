package org.continuum.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RatingTallyTest {

  @Test
  void theMedianOfCountedLevelsIsThatOfTheRatingsListedOneByOne() {
    Random random = new Random(2026);
    for (int trial = 0; trial < 2_000; trial++) {
      RatingTally tally = new RatingTally();
      List<Double> listed = new ArrayList<>();
      int groups = 1 + random.nextInt(6);
      for (int g = 0; g < groups; g++) {
        double level = (2 + random.nextInt(9)) / 2.0;
        int count = random.nextInt(5);
        tally.add(level, count);
        listed.addAll(Collections.nCopies(count, level));
      }
      Collections.shuffle(listed, random);
      assertThat(tally.count()).isEqualTo(listed.size());
      assertThat(tally.median()).as(listed.toString()).isEqualTo(RatingStats.of(listed).median());
    }
  }

  @Test
  void anEvenCountFallsBetweenTheMiddleLevels() {
    RatingTally tally = new RatingTally();
    tally.add(3.5, 1);
    tally.add(2.0, 1);
    assertThat(tally.median()).isEqualTo(2.75);
    tally.add(2.0, 1);
    assertThat(tally.median()).isEqualTo(2.0);
  }

  @Test
  void noRatingsNoMedianAndNoNegativeCounts() {
    RatingTally tally = new RatingTally();
    tally.add(4.0, 0);
    assertThat(tally.median()).isNull();
    assertThatThrownBy(() -> tally.add(3.0, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
