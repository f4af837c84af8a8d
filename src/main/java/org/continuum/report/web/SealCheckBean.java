package org.continuum.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.report.application.SealAudit;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/** The administrator checks every seal of the institution and sees any that do not verify. */
@Named("sealCheck")
@ViewScoped
public class SealCheckBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject SealAudit seals;

  private SealAudit.Run run;

  public void load() {
    run = seals.latest().orElse(null);
  }

  public void check() {
    run = seals.run();
    int failing = run.all().failing().size();
    if (failing == 0) {
      UserMessages.info(Wording.of("sealCheckBean.allSealsVerify", run.all().checked()));
    } else {
      UserMessages.error(
          Wording.of(
              "sealCheckBean.theyListedBelow",
              failing,
              (failing == 1 ? " seal does not verify." : " seals do not verify.")));
    }
  }

  public SealAudit.Run getRun() {
    return run;
  }
}
