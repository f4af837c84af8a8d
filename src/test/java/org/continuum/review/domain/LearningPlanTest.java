package org.continuum.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.shared.domain.TestGuard.GUARD;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.BaseEntity;
import org.junit.jupiter.api.Test;

class LearningPlanTest {

  private static final org.continuum.shared.domain.Sealer TEST_SEALER =
      org.continuum.shared.infrastructure.SealKeyRing.parse(
          "t1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]));

  private static final Instant NOW = Instant.parse("2027-01-25T15:00:00Z");

  private static ReviewPeriod period(boolean finalised) throws Exception {
    ReviewPeriod p = ReviewPeriod.open(3, new AcademicYear(2026), Term.FALL);
    Field id = BaseEntity.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(p, 9L);
    if (finalised) {
      p.finalise(5, "Dr. Hartley", NOW, java.util.List.of(), TEST_SEALER);
    }
    return p;
  }

  @Test
  void aPlanFollowsAFinalisedReviewAndIsSharedThenAcknowledged() throws Exception {
    assertThatThrownBy(() -> LearningPlan.draft(period(false), 11))
        .hasMessageContaining("finalized review");
    LearningPlan plan = LearningPlan.draft(period(true), 11);
    assertThat(plan.isVisibleToTrainee()).isFalse();
    assertThatThrownBy(() -> plan.share(NOW)).hasMessageContaining("at least one goal");
    assertThatThrownBy(() -> plan.addGoal(LearningGoal.Source.OTHER, null, "no", null, GUARD))
        .hasMessageContaining("Goal");

    plan.addGoal(
        LearningGoal.Source.LEVEL,
        "PC5",
        "Reach level 3 in PC5.",
        LocalDate.of(2027, 6, 30),
        GUARD);
    assertThatThrownBy(() -> plan.acknowledge(11, NOW)).hasMessageContaining("not shared");
    plan.share(NOW);
    assertThat(plan.isVisibleToTrainee()).isTrue();
    assertThatThrownBy(() -> plan.acknowledge(12, NOW)).isInstanceOf(AccessDeniedException.class);
    plan.acknowledge(11, NOW.plusSeconds(60));
    assertThat(plan.getStatus()).isEqualTo(LearningPlan.Status.ACKNOWLEDGED);

    plan.reviseGoal(1, "Reach level 3 in PC5 by spring.", LocalDate.of(2027, 6, 30), false, GUARD);
    assertThat(plan.getStatus())
        .as("a changed plan is acknowledged again")
        .isEqualTo(LearningPlan.Status.SHARED);
    assertThat(plan.getAcknowledgedAt()).isNull();
  }
}
