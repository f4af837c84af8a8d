package org.continuum.procedure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.Laterality;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.PatientSex;
import org.continuum.procedure.domain.Sedation;
import org.continuum.procedure.domain.TraineeRole;

/** The fixed choices of the procedure screens, for select lists and buttons. */
@Named("choices")
@ApplicationScoped
public class Choices {

  public TraineeRole[] getRoles() {
    return TraineeRole.values();
  }

  public ClinicalSetting[] getSettings() {
    return ClinicalSetting.values();
  }

  public Laterality[] getSides() {
    return Laterality.values();
  }

  public AgeBand[] getAgeBands() {
    return AgeBand.values();
  }

  public PatientSex[] getSexes() {
    return PatientSex.values();
  }

  public Complication[] getComplications() {
    return Complication.values();
  }

  public Sedation[] getSedations() {
    return Sedation.values();
  }

  public LogStatus[] getStatuses() {
    return LogStatus.values();
  }
}
