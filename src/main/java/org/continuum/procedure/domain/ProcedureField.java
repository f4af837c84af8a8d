package org.continuum.procedure.domain;

/** The optional questions a procedure may need; the others are asked for every procedure. */
public enum ProcedureField {
  SPINE_REGION,
  LEVELS,
  LATERALITY,
  GUIDANCE
}
