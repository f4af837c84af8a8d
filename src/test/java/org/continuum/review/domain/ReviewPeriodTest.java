package org.continuum.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.shared.domain.TestGuard.GUARD;

import java.lang.reflect.Field;
import java.time.Instant;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class ReviewPeriodTest {

  private static final org.continuum.shared.domain.Sealer TEST_SEALER =
      org.continuum.shared.infrastructure.SealKeyRing.parse(
          "t1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]));

  @Test
  void aFinalisedPeriodIsLocked() throws Exception {
    ReviewPeriod period = ReviewPeriod.open(3, new AcademicYear(2026), Term.FALL);
    Field id = BaseEntity.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(period, 9L);
    LevelProposal proposal = new LevelProposal(period, 11, "PC1");
    proposal.propose(period, MilestoneLevel.parse("2.5"), "Steady progress.", GUARD);

    period.finalise(
        5,
        "Dr. Hartley",
        Instant.parse("2027-01-20T10:00:00.456Z"),
        java.util.List.of(),
        TEST_SEALER);

    assertThat(period.isFinalised()).isTrue();
    assertThat(period.getFinalisedAt()).isEqualTo(Instant.parse("2027-01-20T10:00:00Z"));
    assertThat(period.label()).isEqualTo("Fall 2026-2027");
    assertThatThrownBy(() -> proposal.propose(period, MilestoneLevel.parse("3"), null, GUARD))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("finalized and locked");
    assertThatThrownBy(() -> new LevelProposal(period, 12, "PC1"))
        .hasMessageContaining("finalized and locked");
    assertThatThrownBy(
            () ->
                period.finalise(5, "Dr. Hartley", Instant.EPOCH, java.util.List.of(), TEST_SEALER))
        .hasMessageContaining("finalized and locked");
  }
}
