package org.continuum.shared.application;

import java.io.OutputStream;
import java.util.List;

/** Writes tables to files: whole tables to CSV or XLSX, or CSV row by row for long exports. */
public interface TableExports {

  void write(Table table, ExportFormat format, OutputStream out);

  /** A CSV writer to feed row by row (exports too long to hold in memory). Close it to finish. */
  RowWriter csv(List<String> headers, OutputStream out);

  /**
   * A writer in either format to feed row by row; the title names an XLSX file's sheet. Close it to
   * finish.
   */
  RowWriter rows(String title, List<String> headers, ExportFormat format, OutputStream out);

  /** Receives rows; closing it completes the file but leaves the stream open. */
  interface RowWriter extends AutoCloseable {

    void row(List<Object> cells);

    @Override
    void close();
  }
}
