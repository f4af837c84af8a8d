package org.continuum.evaluation.domain;

/** Who evaluates whom, which decides who reads the result and whether it is signed. */
public enum EvaluationKind {
  FACULTY_OF_TRAINEE("Faculty evaluation of trainee", "Evaluation of"),
  SELF_ASSESSMENT("Self-assessment", "Self-assessment"),
  ROTATION_AND_FACULTY("Evaluation of rotation and faculty (anonymous)", "Rotation and teaching"),
  DIRECT_OBSERVATION("Direct observation of a procedure", "Direct observation of");

  private final String label;
  private final String shortLabel;

  EvaluationKind(String label, String shortLabel) {
    this.label = label;
    this.shortLabel = shortLabel;
  }

  public String label() {
    return label;
  }

  public String shortLabel() {
    return shortLabel;
  }

  /** Submitted without a signature and stored apart from the trainee who wrote it. */
  public boolean isAnonymous() {
    return this == ROTATION_AND_FACULTY;
  }

  /** Signed by its author, and read and acknowledged by the trainee it is about. */
  public boolean isAboutTrainee() {
    return this == FACULTY_OF_TRAINEE || this == DIRECT_OBSERVATION;
  }
}
