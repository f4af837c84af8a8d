package org.continuum.evaluation.infrastructure;

import static org.continuum.shared.infrastructure.EntityWriteListener.property;

import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.shared.infrastructure.EntityWriteListener;
import org.continuum.shared.infrastructure.TransactionLedgers;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Keeps cohort_rating in step with evaluations: an evaluation's milestone ratings enter it when it
 * becomes cohort evidence (signed, including an amendment) and leave it when it stops being so
 * (superseded by a signed amendment, deleted), whichever service made the change. Writes that
 * bypass Hibernate must do the same, as the benchmark generator does.
 */
final class CohortRatingListener implements EntityWriteListener {

  private final TransactionLedgers<CohortRatingLedger> ledgers =
      new TransactionLedgers<>(CohortRatingLedger::new);

  @Override
  public void onPostInsert(PostInsertEvent event) {
    if (event.getEntity() instanceof Evaluation
        && isEvidence(event.getPersister(), event.getState())) {
      ledgers.of(event.getSession()).became((Long) event.getId(), true);
    }
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    if (event.getEntity() instanceof Evaluation) {
      if (event.getOldState() == null) {
        throw new IllegalStateException(
            "An evaluation was updated without its loaded state; its ratings cannot be moved.");
      }
      boolean before = isEvidence(event.getPersister(), event.getOldState());
      boolean now = isEvidence(event.getPersister(), event.getState());
      if (before != now) {
        ledgers.of(event.getSession()).became((Long) event.getId(), now);
      }
    }
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    if (event.getEntity() instanceof Evaluation
        && isEvidence(event.getPersister(), event.getDeletedState())) {
      ledgers.of(event.getSession()).became((Long) event.getId(), false);
    }
  }

  private static boolean isEvidence(EntityPersister persister, Object[] state) {
    return Evaluation.isCohortEvidence(
        (EvaluationKind) property(persister, state, "kind"),
        (EvaluationStatus) property(persister, state, "status"),
        (Long) property(persister, state, "amendedById"));
  }
}
