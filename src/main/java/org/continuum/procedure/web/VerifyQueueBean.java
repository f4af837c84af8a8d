package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.continuum.procedure.application.Verifications;
import org.continuum.procedure.domain.LogRow;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.PagedModel;
import org.continuum.shared.web.UserMessages;

/** A faculty member's queue: verify one, several at once, or return one with a reason. */
@Named("verifyQueue")
@ViewScoped
public class VerifyQueueBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Verifications verifications;

  private final PagedModel<LogRow> model =
      new PagedModel<>(r -> verifications.queue(r), LogRow::id);

  private List<LogRow> selected = new ArrayList<>();
  private LogRow returning;
  private String reason;

  public void verify(LogRow row) {
    verifications.verify(row.id(), row.version());
    UserMessages.info(
        Wording.of("verifyQueueBean.verified", row.traineeName(), row.procedureName()));
    selected.removeIf(r -> r.id() == row.id());
  }

  public void verifySelected() {
    if (selected.isEmpty()) {
      UserMessages.error(Wording.of("verifyQueueBean.tickEntriesVerifyFirst"));
      return;
    }
    Verifications.BulkResult result =
        verifications.verifyAll(
            selected.stream().map(r -> new Verifications.Selected(r.id(), r.version())).toList());
    int count = result.verified().size();
    if (count > 0) {
      UserMessages.info(
          count == 1
              ? Wording.of("verifyQueueBean.n1EntryVerified")
              : Wording.of("verifyQueueBean.entriesVerified", count));
    }
    result.problems().forEach(UserMessages::error);
    selected = new ArrayList<>();
  }

  public void startReturn(LogRow row) {
    returning = row;
    reason = null;
  }

  public void confirmReturn() {
    verifications.reject(returning.id(), returning.version(), reason);
    UserMessages.info(Wording.of("verifyQueueBean.returnedCorrection", returning.traineeName()));
    selected.removeIf(r -> r.id() == returning.id());
    returning = null;
  }

  public long getWaiting() {
    return verifications.waitingCount();
  }

  public PagedModel<LogRow> getModel() {
    return model;
  }

  public List<LogRow> getSelected() {
    return selected;
  }

  public void setSelected(List<LogRow> selected) {
    this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
  }

  public LogRow getReturning() {
    return returning;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
