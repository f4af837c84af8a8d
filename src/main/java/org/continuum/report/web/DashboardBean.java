package org.continuum.report.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.report.application.DashboardOverview;
import org.continuum.report.application.EarlyWarning;
import org.continuum.report.application.HeatMap;
import org.continuum.report.application.ProgramDashboard;
import org.continuum.report.application.SealAudit;
import org.continuum.review.application.PeriodView;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.TableExports;
import org.continuum.shared.web.ProgramContext;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The program director's dashboard: the milestone heat map of a review period, early warnings and
 * faculty completion, each table downloadable as CSV or XLSX.
 */
@Named("dashboard")
@ViewScoped
public class DashboardBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramDashboard reports;
  @Inject TableExports exports;
  @Inject ProgramContext page;

  private Long periodId;
  private List<PeriodView> periods;
  private HeatMap heatMap;
  private List<EarlyWarning> warnings;
  private List<CompletionRow> completion;
  private SealAudit.ProgramSeals seals;

  public void load() {
    long programId = page.getProgramId();
    DashboardOverview overview = reports.overview(programId, periodId);
    periods = overview.periods();
    heatMap = overview.heatMap();
    warnings = overview.earlyWarnings();
    seals = overview.seals();
    completion = reports.facultyCompletion(programId);
  }

  public StreamedContent heatMapFile(String format) {
    ExportFormat f = ExportFormat.valueOf(format);
    HeatMap map = heatMap;
    return DefaultStreamedContent.builder()
        .name(reports.fileName("milestone-heat-map", page.getProgramId(), f))
        .contentType(f.mediaType())
        .writer(out -> exports.write(reports.heatMapTable(map), f, out))
        .build();
  }

  public StreamedContent completionFile(String format) {
    ExportFormat f = ExportFormat.valueOf(format);
    List<CompletionRow> rows = completion;
    return DefaultStreamedContent.builder()
        .name(reports.fileName("faculty-completion", page.getProgramId(), f))
        .contentType(f.mediaType())
        .writer(out -> exports.write(reports.completionTable(rows), f, out))
        .build();
  }

  /** What the latest seal check found in the program; null if none ran since the start. */
  public SealAudit.ProgramSeals getSeals() {
    return seals;
  }

  public List<PeriodView> getPeriods() {
    return periods;
  }

  public HeatMap getHeatMap() {
    return heatMap;
  }

  public List<EarlyWarning> getWarnings() {
    return warnings;
  }

  public List<CompletionRow> getCompletion() {
    return completion;
  }

  /** The completion table as a chart's configuration (JSON for PrimeFaces' chart). */
  public String getCompletionChart() {
    return CompletionChart.of(completion);
  }

  public int getCompletionChartHeight() {
    return CompletionChart.heightPx(completion.size());
  }

  public Long getPeriodId() {
    return periodId;
  }

  public void setPeriodId(Long periodId) {
    this.periodId = periodId;
  }
}
