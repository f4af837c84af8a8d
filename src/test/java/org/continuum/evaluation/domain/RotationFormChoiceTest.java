package org.continuum.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.continuum.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A rotation's own form is a published form of the program, of one kind, never the anonymous. */
class RotationFormChoiceTest {

  @Test
  void aRotationTakesAPublishedFormOfItsProgramAndKeepsItsKind() {
    RotationFormChoice choice =
        new RotationFormChoice(3, 9, published(3, "EDX", EvaluationKind.FACULTY_OF_TRAINEE));
    assertThat(choice.getFormCode()).isEqualTo("EDX");
    assertThat(choice.getKind()).isEqualTo(EvaluationKind.FACULTY_OF_TRAINEE);

    assertThatThrownBy(() -> choice.use(published(4, "EDX2", EvaluationKind.FACULTY_OF_TRAINEE)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("published form of this program");
    assertThatThrownBy(() -> choice.use(published(3, "SELF", EvaluationKind.SELF_ASSESSMENT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("SELF is not a Faculty evaluation of trainee form");
    EvaluationForm draft =
        EvaluationForm.draft(3, "DRAFT", 1, EvaluationKind.FACULTY_OF_TRAINEE, "Draft", null, null);
    assertThatThrownBy(() -> choice.use(draft)).isInstanceOf(InvalidInputException.class);
    choice.use(published(3, "EDX2", EvaluationKind.FACULTY_OF_TRAINEE));
    assertThat(choice.getFormCode()).isEqualTo("EDX2");
  }

  @Test
  void theAnonymousEvaluationOfTeachingIsTheSameOnEveryRotation() {
    assertThatThrownBy(
            () ->
                new RotationFormChoice(
                    3, 9, published(3, "ROT", EvaluationKind.ROTATION_AND_FACULTY)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("same on every rotation");
    assertThatThrownBy(
            () ->
                new RotationFormChoice(
                    3, 9, published(3, "DOBS", EvaluationKind.DIRECT_OBSERVATION)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("not for a block");
  }

  private static EvaluationForm published(long programId, String code, EvaluationKind kind) {
    EvaluationForm form =
        EvaluationForm.draft(programId, code, 1, kind, "Form " + code, null, null);
    form.addItem(ItemType.NARRATIVE, "Comments", null, true);
    form.publish(Instant.EPOCH);
    return form;
  }
}
