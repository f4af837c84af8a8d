package org.continuum.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.Table;
import org.continuum.shared.application.TableExports;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class TableFileWriterTest {

  private static final Table TABLE =
      new Table(
          "Minimums: PMR/2026 [draft]",
          List.of("Trainee", "Note", "Count", "Date"),
          List.of(
              Arrays.asList("Dr. Zoë Ørsted", "=HYPERLINK(\"http://evil\")", 12, null),
              Arrays.asList("+1 Smith", "-cmd|' /C calc'!A0", 3, LocalDate.of(2026, 11, 2)),
              Arrays.asList("@SUM(A1)", "plain, with \"quotes\"", 0, null)));

  private static byte[] write(ExportFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new TableFileWriter().write(TABLE, format, out);
    return out.toByteArray();
  }

  @Test
  void csvStartsWithAByteOrderMarkAndDefusesFormulas() throws IOException {
    String text = new String(write(ExportFormat.CSV), StandardCharsets.UTF_8);
    assertThat(text).startsWith("\ufeffTrainee,Note,Count,Date\r\n");
    List<CSVRecord> records =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(text.substring(1)))
            .getRecords();
    assertThat(records).hasSize(3);
    assertThat(records.get(0).get("Trainee")).isEqualTo("Dr. Zoë Ørsted");
    assertThat(records.get(0).get("Note")).isEqualTo("'=HYPERLINK(\"http://evil\")");
    assertThat(records.get(1).get("Trainee")).isEqualTo("'+1 Smith");
    assertThat(records.get(1).get("Note")).startsWith("'-cmd");
    assertThat(records.get(1).get("Date")).isEqualTo("2026-11-02");
    assertThat(records.get(2).get("Trainee")).isEqualTo("'@SUM(A1)");
    assertThat(records.get(2).get("Note")).isEqualTo("plain, with \"quotes\"");
    assertThat(records.get(2).get("Count")).isEqualTo("0");
  }

  @Test
  void xlsxKeepsNumbersAsNumbersAndFormulasAsPlainText() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(write(ExportFormat.XLSX)))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Minimums  PMR 2026  draft");
      workbook.getFirstSheet().openStream().forEach(rows::add);
    }
    assertThat(rows).hasSize(4);
    assertThat(rows.get(0).getCellText(0)).isEqualTo("Trainee");
    assertThat(rows.get(1).getCellText(1)).isEqualTo("=HYPERLINK(\"http://evil\")");
    assertThat(rows.get(1).getCell(1).getFormula()).isNull();
    assertThat(rows.get(1).getCellAsNumber(2)).contains(new BigDecimal("12"));
    assertThat(rows.get(2).getCellAsDate(3).map(d -> d.toLocalDate()))
        .contains(LocalDate.of(2026, 11, 2));
  }

  @Test
  void sheetNamesAreCutToWhatSpreadsheetsAccept() {
    assertThat(TableFileWriter.sheetName("a".repeat(40))).hasSize(31);
    assertThat(TableFileWriter.sheetName("[]")).isEqualTo("Report");
  }

  @Test
  void anXlsxFedRowByRowHoldsEveryRowInOrder() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (TableExports.RowWriter writer =
        new TableFileWriter()
            .rows("Case log", List.of("Date", "Codes", "Count"), ExportFormat.XLSX, out)) {
      for (int i = 0; i < 2500; i++) {
        writer.row(List.of(LocalDate.of(2026, 1, 1).plusDays(i % 300), "64483; +64484", i));
      }
    }
    List<Row> rows = new ArrayList<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(workbook.getFirstSheet().getName()).isEqualTo("Case log");
      workbook.getFirstSheet().openStream().forEach(rows::add);
    }
    assertThat(rows).as("the header and every row, across the flushes").hasSize(2501);
    assertThat(rows.get(2500).getCellAsNumber(2)).contains(new BigDecimal("2499"));
    assertThat(rows.get(1).getCellText(1)).isEqualTo("64483; +64484");
  }
}
