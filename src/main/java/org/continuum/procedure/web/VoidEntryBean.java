package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.domain.LogRow;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * Voiding an entry from a list, with a reason: a trainee their own, a program director any of the
 * program (the service decides which applies). Shared by the dialog in
 * WEB-INF/includes/void-dialog.xhtml.
 */
@Named("voidEntry")
@ViewScoped
public class VoidEntryBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProcedureLogging logging;

  private LogRow entry;
  private String reason;

  public void start(LogRow row) {
    entry = row;
    reason = null;
  }

  public void confirm() {
    logging.voidEntry(entry.id(), entry.version(), reason);
    UserMessages.info(
        Wording.of(
            "voidEntryBean.voided",
            entry.traineeName(),
            entry.procedureName(),
            entry.performedOn()));
    entry = null;
  }

  public LogRow getEntry() {
    return entry;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
