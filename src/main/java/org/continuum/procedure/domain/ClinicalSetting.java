package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;

public enum ClinicalSetting implements Titled {
  INPATIENT("Inpatient"),
  OUTPATIENT("Outpatient"),
  SURGERY_CENTER("Surgery center");

  private final String title;

  ClinicalSetting(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
