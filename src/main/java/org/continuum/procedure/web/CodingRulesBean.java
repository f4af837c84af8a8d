package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureOption;
import org.continuum.procedure.application.ProcedureRules;
import org.continuum.procedure.application.ProgramCodingRules;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * The director reads one procedure's coding rules, corrects its rows, checks them and publishes
 * them with a reason; the rows typed stay on the page whatever is refused.
 */
@Named("codingRules")
@ViewScoped
public class CodingRulesBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramCodingRules rules;
  @Inject ProcedureCatalog catalog;
  @Inject ProgramContext page;

  private String procedureCode;
  private ProcedureRules shown;
  private String rows;
  private String reason;

  public List<ProcedureOption> getProcedures() {
    return catalog.all().stream().filter(ProcedureOption::active).toList();
  }

  /** Shows the chosen procedure's rules, its rows in force ready to correct. */
  public void load() {
    if (procedureCode == null || procedureCode.isBlank()) {
      shown = null;
      rows = null;
      return;
    }
    shown = rules.view(page.getProgramId(), procedureCode);
    rows = shown.rows();
    reason = null;
  }

  public void startFromBundled() {
    if (shown != null) {
      rows = shown.bundledRows();
    }
  }

  public void check() {
    int count = rules.check(page.getProgramId(), procedureCode, rows);
    UserMessages.info(Wording.of("codingRulesBean.rowsCheckOutEvery", count));
  }

  public void publish() {
    shown = rules.publish(page.getProgramId(), procedureCode, rows, reason, shown.inForce());
    rows = shown.rows();
    reason = null;
    UserMessages.info(
        Wording.of("codingRulesBean.publishedEntriesLoggedCorrected", shown.inForce()));
  }

  public ProcedureRules getShown() {
    return shown;
  }

  public String getProcedureCode() {
    return procedureCode;
  }

  public void setProcedureCode(String procedureCode) {
    this.procedureCode = procedureCode;
  }

  public String getRows() {
    return rows;
  }

  public void setRows(String rows) {
    this.rows = rows;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
