package org.continuum.evaluation.domain;

import org.continuum.shared.domain.Wording;

/** Who evaluates whom, which decides who reads the result and whether it is signed. */
public enum EvaluationKind {
  FACULTY_OF_TRAINEE(
      Wording.of("evaluationKind.FACULTY_OF_TRAINEE.label"),
      Wording.of("evaluationKind.FACULTY_OF_TRAINEE.shortLabel")),
  SELF_ASSESSMENT(
      Wording.of("evaluationKind.SELF_ASSESSMENT.label"),
      Wording.of("evaluationKind.SELF_ASSESSMENT.shortLabel")),
  ROTATION_AND_FACULTY(
      Wording.of("evaluationKind.ROTATION_AND_FACULTY.label"),
      Wording.of("evaluationKind.ROTATION_AND_FACULTY.shortLabel")),
  DIRECT_OBSERVATION(
      Wording.of("evaluationKind.DIRECT_OBSERVATION.label"),
      Wording.of("evaluationKind.DIRECT_OBSERVATION.shortLabel"));

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
