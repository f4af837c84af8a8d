package org.continuum.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.Table;
import org.continuum.shared.application.TableExports;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * CSV through Apache Commons CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read accents right), XLSX through fastexcel. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @) is prefixed with an apostrophe in CSV (OWASP CSV injection); XLSX
 * cells are written as text, which is never run.
 */
@ApplicationScoped
public class TableFileWriter implements TableExports {

  private static final char BYTE_ORDER_MARK = '\ufeff';

  @Override
  public void write(Table table, ExportFormat format, OutputStream out) {
    switch (format) {
      case CSV -> {
        try (RowWriter writer = csv(table.headers(), out)) {
          table.rows().forEach(writer::row);
        }
      }
      case XLSX -> xlsx(table, out);
    }
  }

  @Override
  public RowWriter csv(List<String> headers, OutputStream out) {
    try {
      Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writer.write(BYTE_ORDER_MARK);
      CSVPrinter printer =
          new CSVPrinter(
              writer, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
      return new RowWriter() {
        @Override
        public void row(List<Object> cells) {
          try {
            printer.printRecord(cells.stream().map(TableFileWriter::csvCell).toList());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }

        @Override
        public void close() {
          try {
            printer.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public RowWriter rows(String title, List<String> headers, ExportFormat format, OutputStream out) {
    return format == ExportFormat.CSV ? csv(headers, out) : xlsxRows(title, headers, out);
  }

  /** Rows written to the sheet as they come; flushed every so often, so memory stays flat. */
  private static RowWriter xlsxRows(String title, List<String> headers, OutputStream out) {
    Workbook workbook = new Workbook(out, "Continuum", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName(title));
    for (int c = 0; c < headers.size(); c++) {
      sheet.value(0, c, headers.get(c));
      sheet.style(0, c).bold().set();
    }
    sheet.freezePane(0, 1);
    return new RowWriter() {
      private int r = 1;

      @Override
      public void row(List<Object> cells) {
        for (int c = 0; c < cells.size(); c++) {
          cell(sheet, r, c, cells.get(c));
        }
        r++;
        if (r % 1000 == 0) {
          try {
            sheet.flush();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }

      @Override
      public void close() {
        try {
          workbook.finish();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
  }

  private static void cell(Worksheet sheet, int r, int c, Object value) {
    if (value instanceof Number number) {
      sheet.value(r, c, number);
    } else if (value instanceof LocalDate date) {
      sheet.value(r, c, date);
      sheet.style(r, c).format("yyyy-mm-dd").set();
    } else if (value != null) {
      sheet.value(r, c, value.toString());
    }
  }

  static Object csvCell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String text
        && !text.isEmpty()
        && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return value;
  }

  private static void xlsx(Table table, OutputStream out) {
    try {
      Workbook workbook = new Workbook(out, "Continuum", "1.0");
      Worksheet sheet = workbook.newWorksheet(sheetName(table.title()));
      for (int c = 0; c < table.headers().size(); c++) {
        sheet.value(0, c, table.headers().get(c));
        sheet.style(0, c).bold().set();
      }
      int r = 1;
      for (List<Object> row : table.rows()) {
        for (int c = 0; c < row.size(); c++) {
          cell(sheet, r, c, row.get(c));
        }
        r++;
      }
      sheet.freezePane(0, 1);
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sheet names: at most 31 characters, none of []:*?/\ */
  static String sheetName(String title) {
    String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
    return clean.isEmpty() ? "Report" : clean.substring(0, Math.min(31, clean.length()));
  }
}
