package org.continuum.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.evaluation.domain.EvaluationSamples.FACULTY;
import static org.continuum.evaluation.domain.EvaluationSamples.SEALER;
import static org.continuum.evaluation.domain.EvaluationSamples.TRAINEE;
import static org.continuum.evaluation.domain.EvaluationSamples.publishedForm;
import static org.continuum.evaluation.domain.EvaluationSamples.requested;
import static org.continuum.evaluation.domain.EvaluationSamples.withId;
import static org.continuum.shared.domain.TestGuard.GUARD;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class EvaluationTest {

  private static final Instant NOW = Instant.parse("2026-10-05T14:30:00.123456789Z");

  private static List<AnswerInput> complete() {
    return List.of(
        new AnswerInput(1, "3.5", null),
        new AnswerInput(2, "INDIRECT_AVAILABLE", null),
        new AnswerInput(3, null, "Clear reports."));
  }

  @Test
  void answersOffTheScaleAreAllNamedAndNothingIsSaved() {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    e.saveDraft(FACULTY, List.of(new AnswerInput(1, "2", null)), GUARD);
    assertThatThrownBy(
            () ->
                e.saveDraft(
                    FACULTY,
                    List.of(
                        new AnswerInput(1, "2.25", null),
                        new AnswerInput(2, "SOMETIMES", null),
                        new AnswerInput(9, "1", null)),
                    GUARD))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex ->
                assertThat(ex.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactly("item1", "item2", "item9"));
    assertThat(e.answer(1).orElseThrow().getValue()).isEqualTo("2");
    assertThat(e.getContentRevision()).isEqualTo(1);
  }

  @Test
  void aNarrativeOrReasonThatCouldIdentifyAPatientIsRefusedAndNothingIsSaved() {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    e.saveDraft(FACULTY, List.of(new AnswerInput(3, null, "Clear reports.")), GUARD);
    assertThatThrownBy(
            () ->
                e.saveDraft(
                    FACULTY,
                    List.of(
                        new AnswerInput(1, "3", null),
                        new AnswerInput(3, null, "Handled the 94 yo with MRN A12345 well.")),
                    GUARD))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex -> {
              assertThat(ex.errors())
                  .extracting(InvalidInputException.FieldError::field)
                  .containsExactly("item3");
              assertThat(ex.getMessage()).contains("seems to contain");
            });
    assertThat(e.answer(3).orElseThrow().getText()).isEqualTo("Clear reports.");
    assertThat(e.answer(1)).isEmpty();
    assertThatThrownBy(() -> e.cancel("Patient John Smith complained.", GUARD))
        .isInstanceOf(InvalidInputException.class);
    assertThat(e.getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
  }

  @Test
  void milestoneLevelsGoInHalfStepsAndMayBeNotYetAssessable() {
    assertThat(ItemType.MILESTONE.options())
        .extracting(ScaleOption::value)
        .containsExactly("1", "1.5", "2", "2.5", "3", "3.5", "4", "4.5", "5", "NYA");
    assertThat(ItemType.MILESTONE.option("NYA").orElseThrow().score()).isNull();
    assertThat(ItemType.OSCORE.option("5").orElseThrow().label())
        .contains("did not need to be there");
    assertThat(ItemType.ZWISCH.options()).hasSize(4);
  }

  @Test
  void onlyTheEvaluatorSignsOnlyACompleteEvaluationAndOnlyOnce() {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    e.saveDraft(FACULTY, List.of(new AnswerInput(1, "3", null)), GUARD);
    assertThatThrownBy(() -> e.sign(FACULTY, "Dr. Okafor", NOW, SEALER))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            refused ->
                assertThat(refused.errors())
                    .singleElement()
                    .satisfies(
                        error -> {
                          assertThat(error.field()).as("marked at the item").isEqualTo("item2");
                          assertThat(error.message())
                              .isEqualTo("Item 2 (Supervision needed) needs an answer.");
                        }));
    e.saveDraft(FACULTY, complete(), GUARD);
    assertThatThrownBy(() -> e.sign(TRAINEE, "Someone", NOW, SEALER))
        .isInstanceOf(AccessDeniedException.class);

    Signature signature = e.sign(FACULTY, "Dr. Okafor", NOW, SEALER);

    assertThat(e.getStatus()).isEqualTo(EvaluationStatus.SIGNED);
    assertThat(signature.getSignedAt()).isEqualTo(Instant.parse("2026-10-05T14:30:00Z"));
    assertThat(signature.getMeaning()).isEqualTo(SignatureMeaning.AUTHORED);
    assertThat(signature.getContentHash()).matches("[0-9a-f]{64}");
    assertThat(signature.isValidFor(e)).isTrue();
    assertThatThrownBy(() -> e.saveDraft(FACULTY, complete(), GUARD))
        .hasMessageContaining("signed and cannot change");
    assertThatThrownBy(() -> e.sign(FACULTY, "Dr. Okafor", NOW, SEALER))
        .hasMessageContaining("signed and cannot change");
  }

  @Test
  void importedContentIsSealedWithoutASignerAndNobodyIsRecordedAsSigning() {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    e.saveDraft(FACULTY, List.of(new AnswerInput(1, "3", null)), GUARD);
    assertThatThrownBy(() -> e.recordAsImported("demo seed", NOW, SEALER))
        .as("incomplete content is not sealed either")
        .isInstanceOf(InvalidInputException.class);
    e.saveDraft(FACULTY, complete(), GUARD);

    Signature seal = e.recordAsImported("demo seed", NOW, SEALER);

    assertThat(e.getStatus()).isEqualTo(EvaluationStatus.SIGNED);
    assertThat(seal.getSignerId()).as("no signer").isNull();
    assertThat(seal.getMeaning()).isEqualTo(SignatureMeaning.IMPORTED);
    assertThat(seal.getPrintedName()).isEqualTo("Imported from a previous system (demo seed)");
    assertThat(seal.isValidFor(e)).isTrue();
    assertThat(SignedContent.canonical(e, seal)).contains("\"signer\":null");
    assertThatThrownBy(() -> e.sign(FACULTY, "Dr. Okafor", NOW, SEALER))
        .as("sealed: the evaluator cannot sign over it")
        .hasMessageContaining("signed and cannot change");
  }

  @Test
  void aSignatureDoesNotFitAnotherEvaluationOrChangedContent() {
    EvaluationForm form = publishedForm(EvaluationKind.FACULTY_OF_TRAINEE);
    Evaluation signed = requested(form, 1);
    signed.saveDraft(FACULTY, complete(), GUARD);
    Signature signature = signed.sign(FACULTY, "Dr. Okafor", NOW, SEALER);

    Evaluation twin = requested(form, 2);
    twin.saveDraft(FACULTY, complete(), GUARD);
    assertThat(signature.isValidFor(twin)).as("same answers, other evaluation").isFalse();

    signed.answer(1).orElseThrow().change("5", null); // what a tampered row would hold
    assertThat(signature.isValidFor(signed)).isFalse();
  }

  @Test
  void anAmendmentCopiesTheAnswersAndLeavesTheOriginalAsSigned() {
    Evaluation original = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    original.saveDraft(FACULTY, complete(), GUARD);
    Signature first = original.sign(FACULTY, "Dr. Okafor", NOW, SEALER);
    assertThatThrownBy(
            () -> original.startAmendment(FACULTY, "no", LocalDate.of(2026, 10, 12), GUARD))
        .isInstanceOf(InvalidInputException.class);

    Evaluation amendment =
        withId(
            original.startAmendment(
                FACULTY, "Level was for PC4, not PC5.", LocalDate.of(2026, 10, 12), GUARD),
            2);
    assertThat(amendment.getAmendsId()).isEqualTo(1);
    assertThat(amendment.getStatus()).isEqualTo(EvaluationStatus.IN_PROGRESS);
    assertThat(amendment.answer(1).orElseThrow().getValue()).isEqualTo("3.5");
    assertThatThrownBy(() -> original.supersededBy(amendment))
        .as("not before the amendment is signed")
        .isInstanceOf(RuleViolationException.class);

    amendment.saveDraft(FACULTY, List.of(new AnswerInput(1, "3", null)), GUARD);
    Signature second = amendment.sign(FACULTY, "Dr. Okafor", NOW.plusSeconds(3600), SEALER);
    original.supersededBy(amendment);

    assertThat(second.getMeaning()).isEqualTo(SignatureMeaning.AMENDED);
    assertThat(original.getAmendedById()).isEqualTo(2);
    assertThat(original.answer(1).orElseThrow().getValue()).isEqualTo("3.5");
    assertThat(first.isValidFor(original)).isTrue();
  }

  @Test
  void anAnonymousEvaluationIsHandedInNotSignedAndItsAnswersLeaveTheRequest() {
    Evaluation e = requested(publishedForm(EvaluationKind.ROTATION_AND_FACULTY), 1);
    e.saveDraft(
        TRAINEE,
        List.of(
            new AnswerInput(1, "PASSIVE_HELP", null), new AnswerInput(2, null, "Great teacher")),
        GUARD);
    assertThatThrownBy(() -> e.sign(TRAINEE, "Trainee", NOW, SEALER))
        .hasMessageContaining("submitted, not signed");

    AnonymousFeedback feedback = e.submitAnonymously(TRAINEE, 2026, NOW);

    assertThat(e.getStatus()).isEqualTo(EvaluationStatus.SUBMITTED);
    assertThat(e.getAnswers()).isEmpty();
    assertThat(feedback.getId()).hasSize(36);
    assertThat(feedback.getAboutFacultyId()).isEqualTo(FACULTY);
    assertThat(feedback.getAnswers()).extracting(FeedbackAnswer::getText).contains("Great teacher");
    assertThatThrownBy(() -> e.submitAnonymously(TRAINEE, 2026, NOW))
        .hasMessageContaining("already submitted");
  }

  @Test
  void onlyTheTraineeAcknowledgesAndOnlyASignedEvaluationAboutThem() {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    e.saveDraft(FACULTY, complete(), GUARD);
    assertThatThrownBy(() -> e.acknowledge(TRAINEE, NOW)).hasMessageContaining("Only a signed");
    e.sign(FACULTY, "Dr. Okafor", NOW, SEALER);
    assertThatThrownBy(() -> e.acknowledge(FACULTY, NOW)).isInstanceOf(AccessDeniedException.class);
    e.acknowledge(TRAINEE, NOW.plusSeconds(60));
    assertThat(e.getAcknowledgedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThatThrownBy(() -> e.acknowledge(TRAINEE, NOW)).hasMessageContaining("already");
  }

  @Test
  void aSelfAssessmentIsWrittenByTheTraineeAndEvaluationsOfTraineesByOthers() {
    EvaluationForm self = withId(publishedForm(EvaluationKind.SELF_ASSESSMENT), 22);
    assertThatThrownBy(
            () ->
                Evaluation.request(
                    new Evaluation.Request(
                        self,
                        FACULTY,
                        TRAINEE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        LocalDate.of(2026, 10, 1),
                        null,
                        null)))
        .hasMessageContaining("written by the trainee");
  }

  @Test
  void onlySignedFacultyEvaluationsNotYetAmendedAreEvidenceOfTheCohortsLevels() {
    assertThat(
            Evaluation.isCohortEvidence(
                EvaluationKind.FACULTY_OF_TRAINEE, EvaluationStatus.SIGNED, null))
        .isTrue();
    assertThat(
            Evaluation.isCohortEvidence(
                EvaluationKind.DIRECT_OBSERVATION, EvaluationStatus.SIGNED, null))
        .isTrue();
    assertThat(
            Evaluation.isCohortEvidence(
                EvaluationKind.FACULTY_OF_TRAINEE, EvaluationStatus.SIGNED, 99L))
        .as("superseded by an amendment")
        .isFalse();
    assertThat(
            Evaluation.isCohortEvidence(
                EvaluationKind.FACULTY_OF_TRAINEE, EvaluationStatus.IN_PROGRESS, null))
        .isFalse();
    assertThat(
            Evaluation.isCohortEvidence(
                EvaluationKind.SELF_ASSESSMENT, EvaluationStatus.SIGNED, null))
        .isFalse();
  }

  @Test
  void theAuthorReadsAlwaysTheTraineeOnceSignedLeadershipAsAskedAndAnonymousOnlyItsAuthor() {
    long outsider = 999;
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    assertThat(e.readableBy(FACULTY, () -> false)).isTrue();
    assertThat(e.readableBy(TRAINEE, () -> true)).as("not before it is signed").isFalse();
    assertThat(e.readableBy(outsider, () -> false)).isFalse();
    assertThat(e.readableBy(outsider, () -> true)).as("the program's leadership").isTrue();
    assertThat(e.answersShownTo(outsider)).isFalse();
    e.saveDraft(FACULTY, complete(), GUARD);
    e.sign(FACULTY, "Dr. Okafor", NOW, SEALER);
    assertThat(e.readableBy(TRAINEE, () -> false)).isTrue();
    assertThat(e.answersShownTo(outsider)).isTrue();

    Evaluation anonymous = requested(publishedForm(EvaluationKind.ROTATION_AND_FACULTY), 2);
    assertThat(anonymous.readableBy(anonymous.getEvaluatorId(), () -> false)).isTrue();
    assertThat(anonymous.readableBy(outsider, () -> true))
        .as("not even the director reads an anonymous evaluation")
        .isFalse();
  }

  @Test
  void permissionsFollowTheRulesTheMethodsEnforce() {
    Evaluation e = requested(publishedForm(EvaluationKind.FACULTY_OF_TRAINEE), 1);
    assertThat(e.permissionsFor(FACULTY))
        .isEqualTo(new EvaluationPermissions(true, true, false, false, false));
    assertThat(e.permissionsFor(TRAINEE))
        .isEqualTo(new EvaluationPermissions(false, false, false, false, false));
    e.saveDraft(FACULTY, complete(), GUARD);
    e.sign(FACULTY, "Dr. Okafor", NOW, SEALER);
    assertThat(e.permissionsFor(FACULTY))
        .as("signed: only an amendment")
        .isEqualTo(new EvaluationPermissions(false, false, false, false, true));
    assertThat(e.permissionsFor(TRAINEE))
        .isEqualTo(new EvaluationPermissions(false, false, false, true, false));
    e.acknowledge(TRAINEE, NOW);
    assertThat(e.permissionsFor(TRAINEE).acknowledge()).isFalse();

    Evaluation anonymous = requested(publishedForm(EvaluationKind.ROTATION_AND_FACULTY), 2);
    assertThat(anonymous.permissionsFor(anonymous.getEvaluatorId()))
        .as("handed in, never signed")
        .isEqualTo(new EvaluationPermissions(true, false, true, false, false));
  }
}
