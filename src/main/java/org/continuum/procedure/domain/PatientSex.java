package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

public enum PatientSex implements Titled {
  FEMALE(Wording.of("patientSex.FEMALE.title")),
  MALE(Wording.of("patientSex.MALE.title")),
  OTHER(Wording.of("patientSex.OTHER.title"));

  private final String title;

  PatientSex(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
