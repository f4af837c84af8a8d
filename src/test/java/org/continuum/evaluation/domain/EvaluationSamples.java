package org.continuum.evaluation.domain;

import java.time.LocalDate;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.infrastructure.SealKeyRing;
import org.continuum.testsupport.EntityIds;

/** Forms and evaluations built in memory, with ids as the database would give them. */
final class EvaluationSamples {

  /** A sealer with a fixed test key. */
  static final Sealer SEALER =
      SealKeyRing.parse("t1:" + java.util.Base64.getEncoder().encodeToString(new byte[32]));

  static final long FACULTY = 7;
  static final long TRAINEE = 11;
  static final LocalDate END = LocalDate.of(2026, 9, 30);

  private EvaluationSamples() {}

  static EvaluationForm publishedForm(EvaluationKind kind) {
    EvaluationForm form =
        EvaluationForm.draft(3, "FAC", 1, kind, "End of rotation", "Rate what you saw.", 5L);
    if (!kind.isAnonymous()) {
      form.addItem(ItemType.MILESTONE, "Electrodiagnosis", "PC5", true);
    }
    if (kind.isAnonymous()) {
      form.addItem(ItemType.ZWISCH, "The teacher's usual role", null, true);
    } else {
      form.addItem(ItemType.SUPERVISION, "Supervision needed", null, true);
    }
    form.addItem(ItemType.NARRATIVE, "Comments", null, false);
    form.publish(java.time.Instant.parse("2026-07-01T00:00:00Z"));
    return withId(form, 21);
  }

  static Evaluation requested(EvaluationForm form, long id) {
    boolean byTrainee = !form.getKind().isAboutTrainee();
    Evaluation e =
        Evaluation.request(
            new Evaluation.Request(
                form,
                byTrainee ? TRAINEE : FACULTY,
                TRAINEE,
                byTrainee ? FACULTY : null,
                31L,
                41L,
                null,
                END.minusDays(29),
                END,
                END.plusDays(14),
                "B41:" + id,
                null));
    return withId(e, id);
  }

  static <T extends BaseEntity> T withId(T entity, long id) {
    return EntityIds.withId(entity, id);
  }
}
