package org.continuum.procedure.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.shared.domain.PageRequest;

/**
 * The trainee's entries their supervisor returned, for the top of their home: each waits for the
 * trainee alone, and nothing counts until they correct it.
 */
@Named("returnedLogs")
@RequestScoped
public class ReturnedLogsBean {

  /** More than this is a conversation with the program, not a list: the rest are in My logs. */
  static final int SHOWN = 10;

  @Inject ProcedureLogging logging;

  private List<LogRow> returned;
  private long total;

  public List<LogRow> getReturned() {
    if (returned == null) {
      var page =
          logging.mine(
              new PageRequest(0, SHOWN, null, false, Map.of("status", LogStatus.REJECTED.name())));
      returned = page.items();
      total = page.total();
    }
    return returned;
  }

  /** How many are returned in all, shown or not. */
  public long getTotal() {
    getReturned();
    return total;
  }
}
