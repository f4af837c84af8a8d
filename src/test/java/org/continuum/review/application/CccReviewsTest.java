package org.continuum.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.MilestoneRating;
import org.continuum.review.domain.RatingStats;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.Term;
import org.continuum.shared.domain.AcademicYear;
import org.junit.jupiter.api.Test;

class CccReviewsTest {

  private static MilestoneRating rating(String value, EvaluationKind kind, LocalDate day) {
    return new MilestoneRating("PC1", value, kind, day, Instant.EPOCH);
  }

  @Test
  void ratingsCountInThePeriodTheirBlockEndedIn() {
    ReviewPeriod spring = ReviewPeriod.open(1, new AcademicYear(2026), Term.SPRING);
    List<MilestoneRating> ratings =
        List.of(
            rating("2", EvaluationKind.FACULTY_OF_TRAINEE, LocalDate.of(2026, 12, 31)),
            rating("3", EvaluationKind.FACULTY_OF_TRAINEE, LocalDate.of(2027, 1, 1)),
            rating("3.5", EvaluationKind.FACULTY_OF_TRAINEE, LocalDate.of(2027, 6, 30)),
            rating("4", EvaluationKind.SELF_ASSESSMENT, LocalDate.of(2027, 3, 31)),
            rating("5", EvaluationKind.FACULTY_OF_TRAINEE, LocalDate.of(2027, 7, 1)));

    RatingStats faculty =
        CccReviews.stats(ratings, spring, EvaluationKind.FACULTY_OF_TRAINEE, true);
    assertThat(faculty.count()).isEqualTo(2);
    assertThat(faculty.median()).isEqualTo(3.25);
    assertThat(CccReviews.stats(ratings, spring, EvaluationKind.SELF_ASSESSMENT, true).median())
        .isEqualTo(4.0);
    RatingStats before = CccReviews.stats(ratings, spring, null, false);
    assertThat(before.count()).as("only the rating of December 31").isEqualTo(1);
    assertThat(before.median()).isEqualTo(2.0);
  }
}
