package org.continuum.report.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.Standing;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {

  @Test
  void aTraineeIsFlaggedExactlyWhereTheHeatMapShowsThemBelowTarget() {
    MilestoneLevel target = MilestoneLevel.parse("3");
    HeatMap map =
        new HeatMap(
            "2026-2027 midyear",
            "final levels",
            List.of("PC1", "MK1"),
            List.of("Patient care 1", "Medical knowledge 1"),
            List.of(
                new HeatMap.Row(
                    1, "On target", 2, "3", List.of(cell("3", target), cell("3.5", target))),
                new HeatMap.Row(
                    2, "Below in one", 2, "3", List.of(cell("2.5", target), cell("2", target)))));
    assertThat(ProgramDashboard.belowTarget(map))
        .as("the one on target is not flagged")
        .containsOnlyKeys(2L);
    assertThat(ProgramDashboard.belowTarget(map).get(2L))
        .containsExactly("below the target of 3 for PGY-2: PC1 at 2.5, MK1 at 2");
    assertThat(ProgramDashboard.belowTarget(null)).isEmpty();
  }

  private static HeatMap.Cell cell(String level, MilestoneLevel target) {
    return new HeatMap.Cell(level, ProgramDashboard.status(level, target), target.text());
  }

  @Test
  void aCellIsBelowUnderTheTargetAndAboveFromALevelOver() {
    MilestoneLevel target = MilestoneLevel.parse("3");
    assertThat(ProgramDashboard.status("2.5", target)).isEqualTo(Standing.BELOW);
    assertThat(ProgramDashboard.status("3", target)).isEqualTo(Standing.AT);
    assertThat(ProgramDashboard.status("3.75", target)).isEqualTo(Standing.AT);
    assertThat(ProgramDashboard.status("4", target)).isEqualTo(Standing.ABOVE);
    assertThat(ProgramDashboard.status("", target)).isEqualTo(Standing.NONE);
    assertThat(new HeatMap.Cell("2.5", Standing.BELOW, "3").spoken())
        .isEqualTo("level 2.5, below target");
    assertThat(new HeatMap.Cell("", Standing.NONE, "3").spoken()).isEqualTo("no evidence");
    assertThat(new HeatMap.Cell("4", Standing.ABOVE, "3").symbol()).isEqualTo("▲");
  }
}
