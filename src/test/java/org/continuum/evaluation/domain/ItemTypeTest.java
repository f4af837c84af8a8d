package org.continuum.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Scales in the accreditor's order, scored so that more independence is a higher number. */
class ItemTypeTest {

  @Test
  void supervisionRunsFromMostSupervisionToLeastAndItsScoresRiseWithIndependence() {
    assertThat(ItemType.SUPERVISION.options())
        .extracting(ScaleOption::value)
        .containsExactly("DIRECT", "INDIRECT_IMMEDIATE", "INDIRECT_AVAILABLE", "OVERSIGHT");
    assertThat(ItemType.SUPERVISION.options())
        .extracting(ScaleOption::score)
        .containsExactly(1.0, 2.0, 3.0, 4.0);
    // a stored answer is its code, so it keeps the meaning it was given whatever its place
    assertThat(ItemType.SUPERVISION.option("INDIRECT_IMMEDIATE").orElseThrow().label())
        .isEqualTo("Indirect, with direct supervision immediately available");
    assertThat(ItemType.SUPERVISION.option("INDIRECT_AVAILABLE").orElseThrow().label())
        .isEqualTo("Indirect, with direct supervision available");
  }

  @Test
  void teachersAreRatedOnTheirOwnScaleWhereNotObservedCountsForNothing() {
    assertThat(ItemType.TEACHING.option("NOT_OBSERVED").orElseThrow().score()).isNull();
    assertThat(ItemType.TEACHING.options())
        .filteredOn(o -> o.score() != null)
        .extracting(ScaleOption::label)
        .containsExactly(
            "Strongly disagree",
            "Disagree",
            "Neither agree nor disagree",
            "Agree",
            "Strongly agree");
  }

  @Test
  void anAnonymousFormRatesTeachingAndEveryOtherFormATrainee() {
    for (EvaluationKind kind : EvaluationKind.values()) {
      boolean anonymous = kind.isAnonymous();
      assertThat(ItemType.TEACHING.fits(kind)).as(kind.name()).isEqualTo(anonymous);
      assertThat(ItemType.OSCORE.fits(kind)).as(kind.name()).isEqualTo(!anonymous);
      assertThat(ItemType.SUPERVISION.fits(kind)).as(kind.name()).isEqualTo(!anonymous);
      assertThat(ItemType.MILESTONE.fits(kind)).as(kind.name()).isEqualTo(!anonymous);
      assertThat(ItemType.ZWISCH.fits(kind)).isTrue();
      assertThat(ItemType.NARRATIVE.fits(kind)).isTrue();
    }
  }
}
