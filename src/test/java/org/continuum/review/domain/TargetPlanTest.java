package org.continuum.review.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TargetPlanTest {

  private static final LocalDate START = LocalDate.of(2025, 7, 1);
  private static final LocalDate GRADUATION = LocalDate.of(2029, 6, 30);

  private static MilestoneTarget target(String code, int year, Term term, String level) {
    MilestoneTarget t = new MilestoneTarget(1, code, year, term, 4);
    t.expect(MilestoneLevel.parse(level));
    return t;
  }

  private static String expected(TargetPlan plan, String code, LocalDate periodStart, Term term) {
    LocalDate end = term.end(org.continuum.shared.domain.AcademicYear.containing(periodStart));
    return plan.expected(code, START, GRADUATION, term, periodStart, end).text();
  }

  @Test
  void aSubcompetencysOwnTargetBeatsTheProgramWideOneWhichBeatsTheDefault() {
    TargetPlan plan =
        new TargetPlan(
            List.of(
                target("*", 2, Term.SPRING, "3"),
                target("PC5", 2, Term.SPRING, "2"),
                target("*", 1, Term.FALL, "1.5")));
    LocalDate spring2027 = LocalDate.of(2027, 1, 1); // second year of training
    assertThat(expected(plan, "PC5", spring2027, Term.SPRING)).isEqualTo("2");
    assertThat(expected(plan, "PC1", spring2027, Term.SPRING)).isEqualTo("3");
    assertThat(expected(plan, "PC1", LocalDate.of(2025, 7, 1), Term.FALL)).isEqualTo("1.5");
    assertThat(expected(plan, "PC1", LocalDate.of(2026, 7, 1), Term.FALL))
        .as("nothing set for year 2 fall: the default path")
        .isEqualTo(Targets.expected(START, GRADUATION, LocalDate.of(2026, 12, 31)).text());
  }

  @Test
  void theYearOfTrainingCountsFromTheStart() {
    assertThat(TargetPlan.trainingYear(START, LocalDate.of(2025, 7, 1))).isEqualTo(1);
    assertThat(TargetPlan.trainingYear(START, LocalDate.of(2026, 1, 1))).isEqualTo(1);
    assertThat(TargetPlan.trainingYear(START, LocalDate.of(2026, 7, 1))).isEqualTo(2);
    assertThat(TargetPlan.trainingYear(START, LocalDate.of(2024, 7, 1))).isEqualTo(1);
  }
}
