package org.continuum.procedure.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

public enum ClinicalSetting implements Titled {
  INPATIENT(Wording.of("clinicalSetting.INPATIENT.title")),
  OUTPATIENT(Wording.of("clinicalSetting.OUTPATIENT.title")),
  SURGERY_CENTER(Wording.of("clinicalSetting.SURGERY_CENTER.title"));

  private final String title;

  ClinicalSetting(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
