package org.continuum.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.testsupport.EntityIds.withId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

/** Working a module: one stage at a time, each answer once, the score at the end, retake rules. */
class ModuleAttemptTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
  private final ModuleDocument doc = ModuleFormat.parse(ModuleFormatTest.GOOD);
  private final CaseModule module = withId(CaseModule.of(doc, ModuleFormatTest.GOOD, "h", null), 7);

  @Test
  void answersOnlyTheCurrentStageOnceAndMovesOnWhenItIsDone() {
    ModuleAttempt a = ModuleAttempt.start(module, 1, 9, 1, NOW);
    assertThatThrownBy(() -> a.answer(doc, "s2q1", Set.of(0), NOW))
        .as("a question of a later stage")
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> a.advance(doc, NOW)).hasMessageContaining("Answer the question");
    assertThatThrownBy(() -> a.answer(doc, "s1q1", Set.of(0, 1), NOW))
        .as("two answers to a single-best-answer question")
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> a.answer(doc, "s1q1", Set.of(5), NOW))
        .isInstanceOf(InvalidInputException.class);
    assertThat(a.answer(doc, "s1q1", Set.of(1), NOW)).isTrue();
    assertThatThrownBy(() -> a.answer(doc, "s1q1", Set.of(0), NOW))
        .hasMessageContaining("already answered");
    a.advance(doc, NOW);
    assertThat(a.getStageReached()).isEqualTo(1);
    assertThat(a.answer(doc, "s2q1", Set.of(0), NOW)).as("one of two right options").isFalse();
    assertThat(a.isCompleted()).isFalse();
    a.advance(doc, NOW.plusSeconds(60));
    assertThat(a.isCompleted()).isTrue();
    assertThat(a.getScorePercent()).isEqualTo(50);
    assertThat(a.getPassed()).as("pass mark 50").isTrue();
    assertThatThrownBy(() -> a.advance(doc, NOW)).hasMessageContaining("finished");
  }

  @Test
  void aProgramsModuleIsNotStartedFromAnotherProgram() {
    CaseModule own = withId(CaseModule.of(doc, ModuleFormatTest.GOOD, "h", 3L), 8);
    assertThatThrownBy(() -> ModuleAttempt.start(own, 4, 9, 1, NOW))
        .isInstanceOf(RuleViolationException.class);
    assertThat(ModuleAttempt.start(own, 3, 9, 1, NOW).getProgramId()).isEqualTo(3);
  }

  @Test
  void retakeRulesLimitAttemptsWaitAndRetakesAfterAPass() {
    ModuleAttempt failed = finished(Set.of(0));
    RetakePolicy policy = RetakePolicy.defaultFor(1);
    policy.requireMayStart(List.of(failed, failed, failed), NOW);
    policy.set(2, 24, false);
    assertThatThrownBy(
            () -> policy.requireMayStart(List.of(failed, failed), NOW.plusSeconds(999_999)))
        .hasMessageContaining("allows 2 attempts");
    assertThatThrownBy(() -> policy.requireMayStart(List.of(failed), NOW.plus(Duration.ofHours(2))))
        .hasMessageContaining("about 22 more hour(s)");
    policy.requireMayStart(List.of(failed), NOW.plus(Duration.ofHours(25)));
    ModuleAttempt passed = finished(Set.of(1));
    assertThatThrownBy(() -> policy.requireMayStart(List.of(passed), NOW.plus(Duration.ofDays(9))))
        .hasMessageContaining("passed this module");
    assertThatThrownBy(() -> policy.set(0, -1, true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactly("maxAttempts", "waitHours"));
  }

  private ModuleAttempt finished(Set<Integer> firstAnswer) {
    ModuleAttempt a = ModuleAttempt.start(module, 1, 9, 1, NOW);
    a.answer(doc, "s1q1", firstAnswer, NOW);
    a.advance(doc, NOW);
    a.answer(doc, "s2q1", Set.of(2), NOW);
    a.advance(doc, NOW);
    return a;
  }
}
