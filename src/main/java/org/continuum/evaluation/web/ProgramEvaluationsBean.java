package org.continuum.evaluation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.evaluation.application.EvaluationReminders;
import org.continuum.evaluation.application.EvaluationRequests;
import org.continuum.evaluation.application.IssueReport;
import org.continuum.evaluation.application.ProgramEvaluations;
import org.continuum.evaluation.application.ReminderReport;
import org.continuum.evaluation.domain.AnonymousTally;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.PagedModel;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * A program's evaluations for its director, coordinator and committee: every named request and its
 * state, overdue ones on demand, and the anonymous ones as counts only; issuing the schedule's
 * requests now; withdrawing one.
 */
@Named("programEvaluations")
@ViewScoped
public class ProgramEvaluationsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramEvaluations evaluations;
  @Inject EvaluationRequests requests;
  @Inject EvaluationReminders reminders;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private String status = "OVERDUE";
  private EvaluationKind kind;
  private EvaluationRow cancelling;
  private String cancelReason;
  private AnonymousTally anonymousTally;

  private final PagedModel<EvaluationRow> model =
      new PagedModel<>(
          r -> evaluations.list(page.getProgramId(), r), EvaluationRow::id, this::filters);

  private Map<String, String> filters() {
    Map<String, String> filters = new HashMap<>();
    if (status != null && !status.isBlank()) {
      filters.put("status", status);
    }
    if (kind != null) {
      filters.put("kind", kind.name());
    }
    return filters;
  }

  /** Issues the requests of every block of this academic year that has ended. */
  public void issueNow() {
    IssueReport report =
        requests.issueFromSchedule(
            page.getProgramId(), AcademicYear.containing(time.today()).start());
    UserMessages.info(
        Wording.of(
            "programEvaluationsBean.newRequestsEndedBlocks",
            report.created(),
            report.blocks(),
            report.existing()));
    report.notes().forEach(UserMessages::info);
  }

  public void sendReminders() {
    ReminderReport report = reminders.sendDue();
    UserMessages.info(
        Wording.of(
            "programEvaluationsBean.reminderMessagesSentEvaluations",
            report.messages(),
            report.evaluations(),
            (report.failed() > 0 ? "; " + report.failed() + " could not be sent." : ".")));
  }

  public void startCancel(EvaluationRow row) {
    cancelling = row;
    cancelReason = null;
  }

  public void confirmCancel() {
    requests.cancel(cancelling.id(), cancelling.version(), cancelReason);
    UserMessages.info(Wording.of("programEvaluationsBean.requestWithdrawn"));
    cancelling = null;
  }

  public boolean isOverdue(EvaluationRow row) {
    return row.isOverdue(time.today());
  }

  /** The kinds listed one by one; anonymous evaluations are only counted. */
  public List<EvaluationKind> getKinds() {
    return Arrays.stream(EvaluationKind.values()).filter(k -> !k.isAnonymous()).toList();
  }

  public AnonymousTally getAnonymousTally() {
    if (anonymousTally == null) {
      anonymousTally =
          evaluations.anonymousTally(
              page.getProgramId(), AcademicYear.containing(time.today()).startYear());
    }
    return anonymousTally;
  }

  public PagedModel<EvaluationRow> getModel() {
    return model;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public void setKind(EvaluationKind kind) {
    this.kind = kind;
  }

  public EvaluationRow getCancelling() {
    return cancelling;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }
}
