package org.continuum.procedure.infrastructure;

import org.continuum.shared.infrastructure.EntityWriteIntegration;
import org.continuum.shared.infrastructure.EntityWriteListener;

/** Registers the {@link ProcedureCountListener} with Hibernate. */
public class ProcedureCountIntegration extends EntityWriteIntegration {

  @Override
  protected EntityWriteListener listener() {
    return new ProcedureCountListener();
  }
}
