package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.procedure.domain.CaseLogColumn;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.TableExports;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * The case log in an accreditor-style CSV: one row per procedure (date, CPT, role, site, attending,
 * trainee), then the details. Streamed row by row, so a program's whole history exports in constant
 * memory. Voided entries are left out.
 */
@ApplicationScoped
@Transactional
public class CaseLogExport {

  public static final List<String> HEADERS =
      CaseLogColumn.EXPORTED.stream().map(CaseLogColumn::exportName).toList();

  private static final String SHEET = "Case log";

  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ProcedureLogRepository logs;
  @Inject TableExports exports;

  /** The program's entries performed between the dates, for its leadership and committee. */
  public void program(
      long programId, LocalDate from, LocalDate to, ExportFormat format, OutputStream out) {
    access.requireInProgram(programId, ProgramLogs.READERS);
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException("to", Wording.of("caseLogExport.chooseDateRangeWhose"));
    }
    try (TableExports.RowWriter writer = exports.rows(SHEET, HEADERS, format, out)) {
      logs.forEachInProgram(programId, from, to, row -> writer.row(cells(row)));
    }
  }

  /** The signed-in trainee's own case log. */
  public void mine(ExportFormat format, OutputStream out) {
    long me = currentUser.accountId();
    try (TableExports.RowWriter writer = exports.rows(SHEET, HEADERS, format, out)) {
      logs.forEachOfTrainee(me, row -> writer.row(cells(row)));
    }
  }

  static List<Object> cells(LogRow row) {
    List<Object> cells = new ArrayList<>(HEADERS.size());
    CaseLogColumn.EXPORTED.forEach(column -> cells.add(column.export(row)));
    return cells;
  }
}
