package org.continuum.procedure.domain;

/** The optional questions a procedure may need; the others are asked for every procedure. */
public enum ProcedureField {
  SPINE_REGION,
  LEVELS,
  /** The levels are vertebral bodies (T12, L1), as vertebral augmentation counts them. */
  VERTEBRAL_BODIES,
  LATERALITY,
  GUIDANCE
}
