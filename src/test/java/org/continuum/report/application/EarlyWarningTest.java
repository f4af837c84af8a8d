package org.continuum.report.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.Standing;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {

  @Test
  void theDefaultRuleFlagsPatientCareAtOrBelowTwoAndAHalfFromPgyTwo() {
    EarlyWarning.Rule rule = EarlyWarning.Rule.parse("PC<=2.5@PGY2");
    assertThat(rule.flags("PC3", 2.5, 2)).isTrue();
    assertThat(rule.flags("PC3", 2.0, 4)).isTrue();
    assertThat(rule.flags("PC3", 3.0, 2)).as("above the level").isFalse();
    assertThat(rule.flags("PC3", 2.0, 1)).as("too early in training").isFalse();
    assertThat(rule.flags("MK1", 1.0, 3)).as("another competency").isFalse();
    assertThat(rule.flags("PC3", 2.0, null)).isFalse();
    assertThat(EarlyWarning.Rule.parse("PBLI<=3@PGY3").flags("PBLI1", 3.0, 3)).isTrue();
    assertThat(EarlyWarning.Rule.parse("PC<=2.5@PGY2").flags("PROF1", 1.0, 3))
        .as("PC does not match PROF")
        .isFalse();
    assertThatThrownBy(() -> EarlyWarning.Rule.parse("PC below 2"))
        .hasMessageContaining("PC<=2.5@PGY2");
  }

  @Test
  void aCellIsBelowUnderTheTargetAndAboveFromALevelOver() {
    MilestoneLevel target = MilestoneLevel.parse("3");
    assertThat(ProgramDashboard.status("2.5", target)).isEqualTo(Standing.BELOW);
    assertThat(ProgramDashboard.status("3", target)).isEqualTo(Standing.AT);
    assertThat(ProgramDashboard.status("3.75", target)).isEqualTo(Standing.AT);
    assertThat(ProgramDashboard.status("4", target)).isEqualTo(Standing.ABOVE);
    assertThat(ProgramDashboard.status("", target)).isEqualTo(Standing.NONE);
    assertThat(new HeatMap.Cell("2.5", Standing.BELOW).spoken())
        .isEqualTo("level 2.5, below target");
    assertThat(new HeatMap.Cell("", Standing.NONE).spoken()).isEqualTo("no evidence");
    assertThat(new HeatMap.Cell("4", Standing.ABOVE).symbol()).isEqualTo("▲");
  }
}
