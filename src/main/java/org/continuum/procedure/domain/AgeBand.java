package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** The patient's age, only as a band: no date of birth is ever stored. */
public enum AgeBand implements Titled {
  UNDER_18(Wording.of("ageBand.UNDER_18.title")),
  AGE_18_39("18-39"),
  AGE_40_64("40-64"),
  AGE_65_79("65-79"),
  AGE_80_PLUS("80+");

  private final String title;

  AgeBand(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
