package org.continuum.evaluation.infrastructure;

import org.continuum.shared.infrastructure.EntityWriteIntegration;
import org.continuum.shared.infrastructure.EntityWriteListener;

/** Registers the {@link CohortRatingListener} with Hibernate. */
public class CohortRatingIntegration extends EntityWriteIntegration {

  @Override
  protected EntityWriteListener listener() {
    return new CohortRatingListener();
  }
}
