package org.continuum.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.List;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class EvaluationFormTest {

  @Test
  void aMilestoneItemNamesItsSubcompetency() {
    EvaluationForm form =
        EvaluationForm.draft(
            1, "fac", 1, EvaluationKind.FACULTY_OF_TRAINEE, "End of rotation", null, 5L);
    assertThat(form.getCode()).isEqualTo("FAC");
    assertThatThrownBy(() -> form.addItem(ItemType.MILESTONE, "Electrodiagnosis", " ", true))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("subcompetency"));
    form.addItem(ItemType.OSCORE, "Overall", "PC5", true);
    assertThat(form.findItem(1).orElseThrow().getSubcompetencyCode())
        .as("only milestone items keep a code")
        .isNull();
  }

  @Test
  void aPublishedVersionNeverChangesAndTheNextVersionIsADraftCopy() {
    EvaluationForm form =
        EvaluationForm.draft(
            1, "FAC", 1, EvaluationKind.FACULTY_OF_TRAINEE, "End of rotation", null, 5L);
    assertThatThrownBy(() -> form.publish(Instant.EPOCH)).hasMessageContaining("at least one item");
    form.addItem(ItemType.MILESTONE, "Electrodiagnosis", "PC5", true);
    form.addItem(ItemType.NARRATIVE, "Comments", null, false);
    form.moveItem(2, -1);
    assertThat(form.getItems())
        .extracting(FormItem::getPrompt)
        .containsExactly("Comments", "Electrodiagnosis");
    form.publish(Instant.EPOCH);

    assertThatThrownBy(() -> form.addItem(ItemType.NARRATIVE, "More", null, false))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("start a new version");
    assertThatThrownBy(() -> form.removeItem(1)).isInstanceOf(RuleViolationException.class);

    EvaluationForm next = form.nextDraft(6L);
    assertThat(next.getFormVersion()).isEqualTo(2);
    assertThat(next.getFrameworkId()).isEqualTo(6L);
    assertThat(next.getItems())
        .extracting(FormItem::getPrompt)
        .containsExactly("Comments", "Electrodiagnosis");
    next.removeItem(1);
    assertThat(form.getItems()).hasSize(2);
  }

  @Test
  void anAnonymousFormRatesTeachingNotTrainees() {
    EvaluationForm form =
        EvaluationForm.draft(
            1, "ROT", 1, EvaluationKind.ROTATION_AND_FACULTY, "Rotation", null, null);
    for (ItemType ratesATrainee :
        List.of(ItemType.MILESTONE, ItemType.OSCORE, ItemType.SUPERVISION)) {
      assertThatThrownBy(() -> form.addItem(ratesATrainee, "Rate", "PC1", true))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("rates teaching")
          .hasMessageContaining(ratesATrainee.label());
    }
    form.addItem(
        ItemType.TEACHING, "This teacher let me do as much as I was ready for.", null, true);
    form.addItem(ItemType.ZWISCH, "In procedures, the teacher's usual role was", null, true);
    assertThat(form.getItems()).hasSize(2);
  }

  @Test
  void aFormAboutATraineeDoesNotRateTeaching() {
    EvaluationForm form =
        EvaluationForm.draft(
            1, "ROT", 1, EvaluationKind.FACULTY_OF_TRAINEE, "Rotation", null, null);
    assertThatThrownBy(() -> form.addItem(ItemType.TEACHING, "Teaching", null, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("rate a teacher");
  }

  @Test
  void aDraftCopiedFromAnOlderVersionIsNotPublishedWithAnItemThatNoLongerFits() throws Exception {
    EvaluationForm form =
        EvaluationForm.draft(
            1, "ROT", 1, EvaluationKind.ROTATION_AND_FACULTY, "Rotation", null, null);
    form.addItem(ItemType.NARRATIVE, "What went well", null, true);
    // a version published before scales were checked against the form's kind
    Field type = FormItem.class.getDeclaredField("type");
    type.setAccessible(true);
    type.set(form.getItems().get(0), ItemType.OSCORE);
    assertThatThrownBy(() -> form.publish(Instant.EPOCH))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageStartingWith("Item 1: ")
        .hasMessageContaining("Entrustment (O-SCORE)");
    form.reviseItem(1, ItemType.TEACHING, "The teacher let me do what I was ready for", null, true);
    form.publish(Instant.EPOCH);
    assertThat(form.isPublished()).isTrue();
  }
}
