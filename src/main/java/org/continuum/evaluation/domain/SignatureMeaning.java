package org.continuum.evaluation.domain;

/** What the signer declares by signing, or that nobody signed here (IMPORTED). */
public enum SignatureMeaning {
  AUTHORED("Authored"),
  AMENDED("Authored this amendment"),
  /** Content a previous system had signed (or the demo seed's stand-in for it): no signer here. */
  IMPORTED("Imported from a previous system; not signed here");

  private final String label;

  SignatureMeaning(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
