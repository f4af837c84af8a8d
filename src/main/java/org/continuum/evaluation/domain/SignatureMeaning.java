package org.continuum.evaluation.domain;

/** What the signer declares by signing. */
public enum SignatureMeaning {
  AUTHORED("Authored"),
  AMENDED("Authored this amendment");

  private final String label;

  SignatureMeaning(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
