package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.continuum.procedure.application.CaseLogFile;
import org.continuum.procedure.application.CaseLogReader;
import org.continuum.procedure.application.ImportProblem;
import org.continuum.procedure.domain.CaseLogColumn;
import org.continuum.procedure.domain.CaseLogColumn.ImportedStatus;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.Quantity;
import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.domain.Words;

/**
 * Case log files as CSV (Commons CSV): UTF-8, a header row first, columns in any order and case,
 * choices matched by name or title whatever the case, spacing and punctuation ("Supervised a
 * junior", "supervised_a_junior").
 */
@ApplicationScoped
public class CsvCaseLogReader implements CaseLogReader {

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreHeaderCase(true)
          .setTrim(true)
          .setIgnoreEmptyLines(true)
          .get();

  @Override
  public CaseLogFile read(byte[] content, int maxRows) {
    List<CaseLogFile.Line> lines = new ArrayList<>();
    List<ImportProblem> fileProblems = new ArrayList<>();
    int rows = 0;
    String text = new String(content, StandardCharsets.UTF_8).replace("\ufeff", "");
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      Map<String, Integer> header = lowerCaseHeader(parser.getHeaderMap());
      List<String> missing =
          CaseLogColumn.IMPORTED.stream()
              .filter(CaseLogColumn::required)
              .map(c -> c.importName().orElseThrow())
              .filter(name -> !header.containsKey(name))
              .toList();
      if (!missing.isEmpty()) {
        fileProblems.add(
            new ImportProblem(
                1,
                null,
                Wording.of(
                    "csvCaseLogReader.headerRowLacks",
                    Words.noun(missing.size(), "column"),
                    String.join(", ", missing))));
        return new CaseLogFile(0, List.of(), fileProblems);
      }
      for (CSVRecord record : parser) {
        rows++;
        int line = (int) record.getRecordNumber() + 1;
        if (rows > maxRows) {
          fileProblems.add(
              new ImportProblem(
                  line, null, Wording.of("csvCaseLogReader.moreThanRowsSplit", maxRows)));
          break;
        }
        lines.add(new Cells(record, header, line).read());
      }
    } catch (IOException | IllegalStateException | UncheckedIOException e) {
      fileProblems.add(new ImportProblem(0, null, Wording.of("csvCaseLogReader.fileCouldReadCsv")));
    }
    return new CaseLogFile(rows, lines, fileProblems);
  }

  /** Header names in lower case, and an exported file's names as the import's ("site"). */
  private static Map<String, Integer> lowerCaseHeader(Map<String, Integer> header) {
    Map<String, Integer> lower = new HashMap<>();
    header.forEach(
        (name, index) -> lower.put(name.strip().toLowerCase(Locale.ROOT).replace(' ', '_'), index));
    for (CaseLogColumn column : CaseLogColumn.IMPORTED) {
      column
          .exportAlias()
          .filter(lower::containsKey)
          .ifPresent(
              alias -> lower.putIfAbsent(column.importName().orElseThrow(), lower.get(alias)));
    }
    return lower;
  }

  /** Reads and converts the cells of one row, noting each problem with its column. */
  private static final class Cells {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9+]");

    /** Each enum's constants by their name and title, normalised: read once per type. */
    private static final ClassValue<Map<String, Enum<?>>> CHOICES =
        new ClassValue<>() {
          @Override
          protected Map<String, Enum<?>> computeValue(Class<?> type) {
            Map<String, Enum<?>> byName = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
              Enum<?> e = (Enum<?>) constant;
              byName.putIfAbsent(normal(e.name()), e);
              byName.putIfAbsent(normal(title(e)), e);
            }
            return byName;
          }
        };

    private final CSVRecord record;
    private final Map<String, Integer> header;
    private final int line;
    private final List<ImportProblem> problems = new ArrayList<>();

    Cells(CSVRecord record, Map<String, Integer> header, int line) {
      this.record = record;
      this.header = header;
      this.line = line;
    }

    CaseLogFile.Line read() {
      Map<CaseLogColumn, Object> values = new EnumMap<>(CaseLogColumn.class);
      for (CaseLogColumn column : CaseLogColumn.IMPORTED) {
        String name = column.importName().orElseThrow();
        String text = text(name);
        if (text.isEmpty() && column.required()) {
          problems.add(
              new ImportProblem(
                  line, name, Wording.of("csvCaseLogReader.required", capitalised(name))));
          continue;
        }
        Object value = convert(column, name, text);
        if (value != null) {
          values.put(column, value);
        }
      }
      return new CaseLogFile.Line(line, values, problems);
    }

    private Object convert(CaseLogColumn column, String name, String text) {
      CaseLogColumn.Cell cell = column.cell();
      return switch (cell.kind()) {
        case VALUE -> text.isEmpty() ? null : value(name, cell.type(), text);
        case LIST -> text.isEmpty() ? List.of() : List.of(text.split("[;,\\s]+"));
        case SET -> choices(name, cell.type(), text);
        case STATUS -> status(name, text);
        case COUNTS -> counts(name, text);
        case CODES -> text.isEmpty() ? null : text;
        case TRAINEE, SUPERVISOR, PROCEDURE -> text.isEmpty() ? null : text;
        case NONE -> null;
      };
    }

    /** "studies=6 emg-limbs=2": each key a counted detail, each value a whole number. */
    private Map<Quantity, Integer> counts(String column, String text) {
      Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
      for (String pair : text.isEmpty() ? new String[0] : text.split("[;,\\s]+")) {
        int eq = pair.indexOf('=');
        Optional<Quantity> quantity =
            eq < 0 ? Optional.empty() : Quantity.byKey(pair.substring(0, eq));
        if (quantity.isEmpty()) {
          problems.add(
              new ImportProblem(
                  line,
                  column,
                  Wording.of(
                      "csvCaseLogReader.countWriteLikeStudies",
                      pair,
                      Arrays.stream(Quantity.values()).map(Quantity::key).toList())));
          continue;
        }
        Integer n = number(column, pair.substring(eq + 1));
        if (n != null) {
          counts.put(quantity.get(), n);
        }
      }
      return counts;
    }

    private Object value(String name, Class<?> type, String text) {
      if (type == String.class) {
        return text;
      }
      if (type == LocalDate.class) {
        return date(name, text);
      }
      if (type == Integer.class) {
        return number(name, text);
      }
      if (type == BigDecimal.class) {
        return decimal(name, text);
      }
      if (type == Boolean.class) {
        return yesOrNo(name, text);
      }
      if (type.isEnum()) {
        return choice(name, type, text);
      }
      throw new IllegalStateException("A case log cell cannot be read as " + type.getName());
    }

    private Integer number(String column, String value) {
      try {
        return Integer.valueOf(value);
      } catch (NumberFormatException e) {
        problems.add(
            new ImportProblem(line, column, Wording.of("csvCaseLogReader.wholeNumber", value)));
        return null;
      }
    }

    private BigDecimal decimal(String column, String value) {
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        problems.add(new ImportProblem(line, column, Wording.of("csvCaseLogReader.number", value)));
        return null;
      }
    }

    private Boolean yesOrNo(String column, String value) {
      switch (value.toLowerCase(Locale.ROOT)) {
        case "yes", "y", "true", "1":
          return true;
        case "no", "n", "false", "0":
          return false;
        default:
          problems.add(new ImportProblem(line, column, Wording.of("csvCaseLogReader.yes", value)));
          return null;
      }
    }

    private String text(String column) {
      Integer index = header.get(column);
      if (index == null || index >= record.size()) {
        return "";
      }
      return record.get(index).strip();
    }

    private LocalDate date(String column, String value) {
      try {
        return value.contains("/") ? LocalDate.parse(value, US_DATE) : LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        problems.add(
            new ImportProblem(line, column, Wording.of("csvCaseLogReader.dateWrite202607", value)));
        return null;
      }
    }

    private Enum<?> choice(String column, Class<?> type, String value) {
      Enum<?> found = CHOICES.get(type).get(normal(value));
      if (found != null) {
        return found;
      }
      List<String> allowed = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        allowed.add(title((Enum<?>) constant));
      }
      problems.add(
          new ImportProblem(
              line, column, Wording.of("csvCaseLogReader.one", value, String.join(", ", allowed))));
      return null;
    }

    /** Choices separated by semicolons or commas; "none" or nothing is the empty set. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private Set<?> choices(String column, Class<?> type, String value) {
      Set set = EnumSet.noneOf((Class<Enum>) type);
      if (value.isEmpty() || value.equalsIgnoreCase("none")) {
        return set;
      }
      for (String part : value.split("[;,]+")) {
        Enum<?> found = CHOICES.get(type).get(normal(part));
        if (found == null) {
          problems.add(
              new ImportProblem(
                  line,
                  column,
                  Wording.of("csvCaseLogReader.known", part.strip(), singular(column))));
        } else {
          set.add(found);
        }
      }
      return set;
    }

    /**
     * pending or verified; an exported file's statuses read as what they mean here: waiting or
     * returned is pending, verified or imported as verified is verified.
     */
    private ImportedStatus status(String column, String value) {
      String status = value.toLowerCase(Locale.ROOT);
      if (status.isEmpty()
          || status.equals("pending")
          || status.equals(normalTitle(LogStatus.PENDING))
          || status.equals(normalTitle(LogStatus.REJECTED))) {
        return ImportedStatus.PENDING;
      }
      if (status.equals("verified")
          || status.equals(normalTitle(LogStatus.VERIFIED))
          || status.equals(normalTitle(LogStatus.IMPORTED))) {
        return ImportedStatus.VERIFIED;
      }
      problems.add(
          new ImportProblem(line, column, Wording.of("csvCaseLogReader.statusPendingVerified")));
      return null;
    }

    private static String normalTitle(LogStatus status) {
      return status.title().toLowerCase(Locale.ROOT);
    }

    private static String normal(String text) {
      return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static String title(Enum<?> constant) {
      return constant instanceof Titled titled ? titled.title() : constant.name();
    }

    private static String capitalised(String column) {
      String words = column.replace('_', ' ');
      return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** "complications" names one "complication". */
    private static String singular(String column) {
      return column.endsWith("s") ? column.substring(0, column.length() - 1) : column;
    }
  }
}
