package org.continuum.evaluation.domain;

import org.continuum.shared.domain.Wording;

/** What the signer declares by signing, or that nobody signed here (IMPORTED). */
public enum SignatureMeaning {
  AUTHORED(Wording.of("signatureMeaning.AUTHORED.label")),
  AMENDED(Wording.of("signatureMeaning.AMENDED.label")),
  /** Content a previous system had signed (or the demo seed's stand-in for it): no signer here. */
  IMPORTED(Wording.of("signatureMeaning.IMPORTED.label"));

  private final String label;

  SignatureMeaning(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
