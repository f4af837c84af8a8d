package org.continuum.procedure.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.TableExports;
import org.continuum.shared.web.ProgramContext;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** The program director's minimums report, filtered by PGY, exported to CSV or XLSX. */
@Named("minimumsReport")
@ViewScoped
public class MinimumsReportBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MinimumsReport reports;
  @Inject TableExports exports;
  @Inject ProgramContext page;
  @Inject InstitutionTime time;

  private Integer pgy;
  private MinimumsReport.Report report;

  public MinimumsReport.Report getReport() {
    if (report == null) {
      report = reports.report(page.getProgramId(), pgy);
    }
    return report;
  }

  public void refresh() {
    report = null;
  }

  public StreamedContent getCsv() {
    return download(ExportFormat.CSV);
  }

  public StreamedContent getXlsx() {
    return download(ExportFormat.XLSX);
  }

  private StreamedContent download(ExportFormat format) {
    MinimumsReport.Report current = reports.report(page.getProgramId(), pgy);
    return DefaultStreamedContent.builder()
        .name("minimums-" + page.getProgramCode() + "-" + time.today() + "." + format.extension())
        .contentType(format.mediaType())
        .writer(out -> exports.write(reports.table(current), format, out))
        .build();
  }

  public Integer getPgy() {
    return pgy;
  }

  public void setPgy(Integer pgy) {
    this.pgy = pgy;
  }
}
