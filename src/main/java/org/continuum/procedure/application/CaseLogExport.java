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
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.shared.application.TableExports;
import org.continuum.shared.domain.InvalidInputException;

/**
 * The case log in an accreditor-style CSV: one row per procedure (date, CPT, role, site, attending,
 * trainee), then the details. Streamed row by row, so a program's whole history exports in constant
 * memory. Voided entries are left out.
 */
@ApplicationScoped
@Transactional
public class CaseLogExport {

  public static final List<String> HEADERS =
      List.of(
          "date",
          "cpt",
          "procedure",
          "role",
          "site",
          "attending",
          "trainee",
          "status",
          "spine_region",
          "levels",
          "laterality",
          "guidance",
          "age_band",
          "sex");

  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ProcedureLogRepository logs;
  @Inject TableExports exports;

  /** The program's entries performed between the dates, for its leadership and committee. */
  public void program(long programId, LocalDate from, LocalDate to, OutputStream out) {
    access.requireInProgram(programId, ProgramLogs.READERS);
    if (from == null || to == null || to.isBefore(from)) {
      throw new InvalidInputException(
          "to", "Choose a date range whose end is not before its start.");
    }
    try (TableExports.RowWriter writer = exports.csv(HEADERS, out)) {
      logs.forEachInProgram(programId, from, to, row -> writer.row(cells(row)));
    }
  }

  /** The signed-in trainee's own case log. */
  public void mine(OutputStream out) {
    long me = currentUser.accountId();
    try (TableExports.RowWriter writer = exports.csv(HEADERS, out)) {
      logs.forEachOfTrainee(me, row -> writer.row(cells(row)));
    }
  }

  static List<Object> cells(LogRow row) {
    List<Object> cells = new ArrayList<>(HEADERS.size());
    cells.add(row.performedOn().toString());
    cells.add(row.primaryCpt());
    cells.add(row.procedureName());
    cells.add(row.role().title());
    cells.add(row.setting().title());
    cells.add(row.supervisorName());
    cells.add(row.traineeName());
    cells.add(row.status().title());
    cells.add(row.spineRegion() == null ? "" : row.spineRegion().title());
    cells.add(row.levels() == null ? "" : row.levels().replace(",", " "));
    cells.add(row.laterality() == null ? "" : row.laterality().title());
    cells.add(row.guidance() == null ? "" : row.guidance().title());
    cells.add(row.ageBand().title());
    cells.add(row.sex().title());
    return cells;
  }
}
