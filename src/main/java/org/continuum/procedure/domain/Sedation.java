package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** The deepest level of sedation given for the procedure, as the anesthesia record states it. */
public enum Sedation implements Titled {
  NONE(Wording.of("sedation.NONE.title")),
  MINIMAL(Wording.of("sedation.MINIMAL.title")),
  MODERATE(Wording.of("sedation.MODERATE.title")),
  DEEP(Wording.of("sedation.DEEP.title")),
  GENERAL(Wording.of("sedation.GENERAL.title"));

  private final String title;

  Sedation(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
