package org.continuum.report.application;

import java.io.OutputStream;

/** Writes a trainee's portfolio as a PDF. */
public interface PortfolioPdf {

  void write(Portfolio portfolio, OutputStream out);
}
