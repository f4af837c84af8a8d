package org.continuum.procedure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.procedure.application.CaseLogSettingsService;
import org.continuum.procedure.application.CaseLogSettingsView;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/** The director decides whether the program records fluoroscopy time and dose. */
@Named("caseLogSettings")
@ViewScoped
public class CaseLogSettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject CaseLogSettingsService settings;
  @Inject ProgramContext page;

  private FluoroscopyRecording fluoroscopy;
  private long version;

  @PostConstruct
  void init() {
    if (page.getProgramId() != null) {
      show(settings.view(page.getProgramId()));
    }
  }

  public void save() {
    show(settings.recordFluoroscopy(page.getProgramId(), version, fluoroscopy));
    UserMessages.info(
        switch (fluoroscopy) {
          case NOT_ASKED -> "Saved: fluoroscopy time and dose are no longer asked.";
          case OPTIONAL ->
              "Saved: fluoroscopy time and dose are asked for cases under fluoroscopy and may be"
                  + " left blank.";
          case REQUIRED ->
              "Saved: fluoroscopy time and dose are required for every case under fluoroscopy"
                  + " logged or corrected from now on.";
        });
  }

  private void show(CaseLogSettingsView view) {
    fluoroscopy = view.fluoroscopy();
    version = view.version();
  }

  public FluoroscopyRecording[] getChoices() {
    return FluoroscopyRecording.values();
  }

  public FluoroscopyRecording getFluoroscopy() {
    return fluoroscopy;
  }

  public void setFluoroscopy(FluoroscopyRecording fluoroscopy) {
    this.fluoroscopy = fluoroscopy;
  }
}
