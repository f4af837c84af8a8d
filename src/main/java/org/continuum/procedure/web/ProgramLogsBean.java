package org.continuum.procedure.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.procedure.application.CaseLogExport;
import org.continuum.procedure.application.ProgramLogs;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.RecodedRow;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.web.PagedModel;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UrlParams;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A program's procedure logs for its leadership: every entry, read-only; the program director may
 * void one with a reason. Exports the case log for a date range.
 */
@Named("programLogs")
@ViewScoped
public class ProgramLogsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramLogs logs;
  @Inject CaseLogExport export;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private LogStatus status;
  private String search;
  // from a trainee's page: their entries only, until "All trainees" clears it
  private Long traineeId;
  private LocalDate from;
  private LocalDate to;

  private final PagedModel<LogRow> model =
      new PagedModel<>(r -> logs.list(page.getProgramId(), r), LogRow::id, this::filters);

  @PostConstruct
  void init() {
    to = time.today();
    from = AcademicYear.containing(to).start();
  }

  private Map<String, String> filters() {
    Map<String, String> filters = new HashMap<>();
    if (status != null) {
      filters.put("status", status.name());
    }
    if (search != null && !search.isBlank()) {
      filters.put("search", search);
    }
    if (traineeId != null) {
      filters.put("trainee", traineeId.toString());
    }
    return filters;
  }

  /** The case log for the dates chosen, as CSV or XLSX ("CSV", "XLSX"). */
  public StreamedContent caseLog(String formatName) {
    ExportFormat format = ExportFormat.valueOf(formatName);
    LocalDate start = from;
    LocalDate end = to;
    long programId = page.getProgramId();
    return DefaultStreamedContent.builder()
        .name(
            "case-log-"
                + page.getProgramCode()
                + "-"
                + start
                + "-to-"
                + end
                + "."
                + format.extension())
        .contentType(format.mediaType())
        .writer(out -> export.program(programId, start, end, format, out))
        .build();
  }

  private List<RecodedRow> codingChanges;

  /** Entries whose codes changed, or could not be given, when codes began to follow the rules. */
  public List<RecodedRow> getCodingChanges() {
    if (codingChanges == null) {
      codingChanges = logs.codingChanges(page.getProgramId());
    }
    return codingChanges;
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

  public String getSearch() {
    return search;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  /**
   * The trainee and status of a link (from a trainee's page, or the work to do), read leniently: an
   * address typed wrong shows every entry rather than an error page.
   */
  public String getTraineeParam() {
    return traineeId == null ? null : traineeId.toString();
  }

  public void setTraineeParam(String value) {
    traineeId = UrlParams.id(value);
  }

  public String getStatusParam() {
    return status == null ? null : status.name();
  }

  public void setStatusParam(String value) {
    status = UrlParams.constant(LogStatus.class, value);
  }

  public void setSearch(String search) {
    this.search = search;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
