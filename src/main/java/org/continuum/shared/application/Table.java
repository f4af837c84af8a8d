package org.continuum.shared.application;

import java.io.Serializable;
import java.util.List;

/** A report table for export: a title, the column headers and the rows (cells in header order). */
public record Table(String title, List<String> headers, List<List<Object>> rows)
    implements Serializable {}
