package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

public enum PatientSex implements Titled {
  FEMALE("Female"),
  MALE("Male"),
  OTHER("Other or not stated");

  private final String title;

  PatientSex(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
