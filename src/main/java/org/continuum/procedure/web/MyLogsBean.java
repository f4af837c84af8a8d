package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import org.continuum.procedure.application.CaseLogExport;
import org.continuum.procedure.application.ProcedureLogging;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.web.PagedModel;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A trainee's own entries: status, what was returned and why, correcting and voiding. */
@Named("myLogs")
@ViewScoped
public class MyLogsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProcedureLogging logging;
  @Inject CaseLogExport export;
  @Inject InstitutionTime time;

  private LogStatus status;

  private final PagedModel<LogRow> model =
      new PagedModel<>(r -> logging.mine(r), LogRow::id, this::filters);

  private Map<String, String> filters() {
    Map<String, String> filters = new HashMap<>();
    if (status != null) {
      filters.put("status", status.name());
    }
    return filters;
  }

  /** The trainee's own case log, as CSV or XLSX ("CSV", "XLSX"). */
  public StreamedContent caseLog(String formatName) {
    ExportFormat format = ExportFormat.valueOf(formatName);
    return DefaultStreamedContent.builder()
        .name("my-case-log-" + time.today() + "." + format.extension())
        .contentType(format.mediaType())
        .writer(out -> export.mine(format, out))
        .build();
  }

  public PagedModel<LogRow> getModel() {
    return model;
  }

  public LogStatus getStatus() {
    return status;
  }

  public void setStatus(LogStatus status) {
    this.status = status;
  }
}
