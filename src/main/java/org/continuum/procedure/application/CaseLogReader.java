package org.continuum.procedure.application;

/** Reads a case log file's cells by column; the file format (CSV) lives behind this port. */
public interface CaseLogReader {

  /**
   * Reads at most maxRows rows; each cell is converted as its column says ({@link
   * org.continuum.procedure.domain.CaseLogColumn.Cell}), every problem named by line and column.
   */
  CaseLogFile read(byte[] content, int maxRows);
}
