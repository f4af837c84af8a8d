package org.continuum.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuum.review.domain.Standing;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

  @Test
  void theChartDrawsTheLevelsAndTheTargetPathSkippingPeriodsWithoutOne() {
    Trajectory.Line line =
        new Trajectory.Line(
            "PC1",
            "History and examination",
            List.of(
                new Trajectory.Point("1.5", "1.5", Standing.AT),
                new Trajectory.Point("", "2", Standing.NONE),
                new Trajectory.Point("3", "2.5", Standing.ABOVE)));
    // x: 30 px a period from 5; y: 55 at level 0, 10 px a level up
    assertThat(line.polyline()).isEqualTo("5,40.0 65,25.0");
    assertThat(line.targetPolyline()).isEqualTo("5,40.0 35,35.0 65,30.0");
  }
}
