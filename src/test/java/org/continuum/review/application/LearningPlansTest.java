package org.continuum.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.Term;
import org.continuum.shared.domain.AcademicYear;
import org.junit.jupiter.api.Test;

class LearningPlansTest {

  @Test
  void goalsAreDueByTheEndOfTheNextReview() {
    assertThat(LearningPlans.nextPeriodEnd(ReviewPeriod.open(1, new AcademicYear(2026), Term.FALL)))
        .isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(
            LearningPlans.nextPeriodEnd(ReviewPeriod.open(1, new AcademicYear(2026), Term.SPRING)))
        .isEqualTo(LocalDate.of(2027, 12, 31));
  }
}
