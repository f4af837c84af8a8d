package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.continuum.shared.domain.Wording;

/**
 * A program director's correction of the rules of one procedure: the rows typed replace the
 * procedure's rows in the rules in force, and the result becomes the program's own rule set, the
 * whole of it, so an entry's rule key always names every rule that could have coded it. The result
 * is checked as the bundled rules are (each combination of details matched once), except that the
 * codes may differ from those the catalog lists: a program's payers may want others.
 */
public final class RuleCorrection {

  private static final String PROGRAM_SET = "program-";
  private static final String BASED_ON_KEY = "based-on";
  private static final String BASED_ON = BASED_ON_KEY + ":";

  /** The source a program's own rows cite. */
  public static final String PROGRAM_SOURCE = "PROGRAM";

  /** The rows of one procedure fit well within this; the bundled file's longest has 12. */
  private static final int MOST_CHARACTERS = 20_000;

  private static final Pattern LINE = Pattern.compile("Line ([0-9]+): (.*)", Pattern.DOTALL);

  private static final Pattern OTHER_LINE = Pattern.compile("line ([0-9]+)");

  private final String procedure;
  private final String source;
  private final CodingRuleBook book;

  private RuleCorrection(String procedure, String source, CodingRuleBook book) {
    this.procedure = procedure;
    this.source = source;
    this.book = book;
  }

  /** The id of a program's own rule set. */
  public static String setIdOf(long programId) {
    return PROGRAM_SET + programId;
  }

  /** The program a set id of {@link #setIdOf} names. */
  public static long programIdOf(String setId) {
    return Long.parseLong(setId.substring(PROGRAM_SET.length()));
  }

  /**
   * The rules in force with the procedure's rows replaced by the rows given, as version {@code
   * version} of the program's set; refused, naming each row by its number in what was typed, if a
   * row is malformed, codes another procedure, or leaves a combination of details uncovered or
   * covered twice.
   */
  public static RuleCorrection of(
      String inForce,
      long programId,
      int version,
      ProcedureType type,
      String rows,
      Collection<ProcedureType> catalog) {
    if (rows != null && rows.length() > MOST_CHARACTERS) {
      throw new InvalidInputException(
          "rows", Wording.of("ruleCorrection.correctedRowsMostCharacters", MOST_CHARACTERS));
    }
    List<String> typed = tableRows(rows);
    if (typed.isEmpty()) {
      throw new InvalidInputException(
          "rows", Wording.of("ruleCorrection.giveLeastOneRule", type.getCode()));
    }
    String[] lines = inForce.replace("\uFEFF", "").split("\\R", -1);
    String base = basedOn(inForce).orElse(null);
    List<String> merged = new ArrayList<>();
    int first = -1;
    int fences = 0;
    for (String line : lines) {
      if (fences < 2) {
        fences += line.strip().equals("---") ? 1 : 0;
        if (!line.startsWith(BASED_ON)) {
          merged.add(header(line, programId, version));
        }
        if (line.startsWith("version:") && base != null) {
          merged.add(BASED_ON + " " + base);
        }
      } else if (!isRowOf(line, type.getCode())) {
        merged.add(line);
      } else if (first < 0) {
        first = merged.size();
        merged.addAll(typed);
      }
    }
    if (first < 0) {
      // a procedure the rules never coded: its rows go in a table of their own before the sources
      int sources = merged.indexOf("## Sources");
      int at = sources < 0 ? merged.size() : sources;
      List<String> table = new ArrayList<>();
      table.add("## " + type.getName());
      table.add("");
      table.add("| Procedure | When | Codes | Modifier | Sources |");
      table.add("|---|---|---|---|---|");
      first = at + table.size();
      table.addAll(typed);
      table.add("");
      merged.addAll(at, table);
    }
    if (merged.stream().noneMatch(l -> l.startsWith("[" + PROGRAM_SOURCE + "]:"))) {
      merged.add(
          "["
              + PROGRAM_SOURCE
              + "]: A correction by the program director; who made it, when and why are in the"
              + " audit trail.");
    }
    String source = String.join("\n", merged);
    int from = first + 1;
    int to = first + typed.size();
    for (int i = 0; i < typed.size(); i++) {
      String named = firstCell(typed.get(i));
      if (!named.equals(type.getCode())) {
        throw new InvalidInputException(
            "rows",
            Wording.of(
                "ruleCorrection.rowNamesRowsHere",
                (i + 1),
                (named.isEmpty() ? "no procedure" : named),
                type.getCode()));
      }
    }
    try {
      CodingRuleBook book = CodingRuleFormat.parse(source);
      book.checkCoverage(catalog);
      return new RuleCorrection(type.getCode(), source, book);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          e.errors().stream().map(error -> asRow(error, from, to)).toList());
    }
  }

  /**
   * A program's own rules carried onto a new version of the bundled rules: each procedure whose
   * rows the program changed from the bundled version its set is based on keeps the program's rows,
   * and every other procedure takes the new bundled rows, so a fix to the bundled rules reaches the
   * program and none of its own corrections is lost. Refused, naming the procedure, when a
   * program's rows no longer fit the new rules or catalog.
   *
   * @param base the bundled rules the program's set was made from (see {@link #basedOn})
   * @param except a procedure whose rows are about to be corrected, left as bundled (or null)
   */
  public static RuleCorrection carriedOnto(
      String bundled,
      String own,
      String base,
      long programId,
      int version,
      Collection<ProcedureType> catalog,
      String except) {
    String source = restamped(bundled, programId, version);
    List<String> corrected = new ArrayList<>();
    List<FieldError> problems = new ArrayList<>();
    for (ProcedureType type : catalog) {
      String rows = rowsOf(own, type.getCode());
      if (type.getCode().equals(except)
          || rows.isEmpty()
          || sameRows(rows, rowsOf(base, type.getCode()))) {
        continue;
      }
      corrected.add(type.getCode());
      try {
        source = of(source, programId, version, type, rows, catalog).source();
      } catch (InvalidInputException e) {
        // every procedure that does not fit is named at once, so each can be corrected in turn
        e.errors().stream()
            .map(x -> new FieldError("rows", type.getCode() + ": " + x.message()))
            .forEach(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    CodingRuleBook book = CodingRuleFormat.parse(source);
    book.checkCoverage(catalog);
    return new RuleCorrection(String.join(", ", corrected), source, book);
  }

  /** Rows alike but for spacing and the case of their words are the same rows. */
  private static boolean sameRows(String a, String b) {
    return normalized(a).equals(normalized(b));
  }

  private static List<String> normalized(String rows) {
    return tableRows(rows).stream()
        .map(
            row ->
                String.join(
                        "|",
                        java.util.Arrays.stream(row.split("\\|"))
                            .map(cell -> cell.strip().replaceAll("\\s+", " "))
                            .toList())
                    .toUpperCase(Locale.ROOT))
        .toList();
  }

  /** The bundled rules a rule file was made from ("core:2"): its own key when it is bundled. */
  public static Optional<String> basedOn(String rules) {
    Map<String, String> header = CodingRuleFormat.headerOf(rules);
    String id = header.getOrDefault("id", "");
    if (header.containsKey(BASED_ON_KEY)) {
      return Optional.of(header.get(BASED_ON_KEY));
    }
    return id.isEmpty() || id.startsWith(PROGRAM_SET)
        ? Optional.empty()
        : Optional.of(id + ":" + header.getOrDefault("version", "0"));
  }

  private static String keyOf(String rules) {
    Map<String, String> header = CodingRuleFormat.headerOf(rules);
    return header.getOrDefault("id", "") + ":" + header.getOrDefault("version", "0");
  }

  /** The bundled rules as version {@code version} of the program's set, based on them. */
  private static String restamped(String bundled, long programId, int version) {
    String base = keyOf(bundled);
    List<String> lines = new ArrayList<>();
    int fences = 0;
    for (String line : bundled.replace("\uFEFF", "").split("\\R", -1)) {
      if (fences < 2) {
        fences += line.strip().equals("---") ? 1 : 0;
        if (line.startsWith(BASED_ON)) {
          continue;
        }
        lines.add(header(line, programId, version));
        if (line.startsWith("version:")) {
          lines.add(BASED_ON + " " + base);
        }
      } else {
        lines.add(line);
      }
    }
    return String.join("\n", lines);
  }

  /** The rows of a procedure in a rule file, as a director edits them. */
  public static String rowsOf(String rules, String procedureCode) {
    List<String> rows = new ArrayList<>();
    for (String line : rules.split("\\R")) {
      if (isRowOf(line, procedureCode)) {
        rows.add(line.strip());
      }
    }
    return String.join("\n", rows);
  }

  private static List<String> tableRows(String rows) {
    List<String> typed = new ArrayList<>();
    for (String line : (rows == null ? "" : rows).split("\\R")) {
      String row = line.strip();
      if (row.isEmpty() || row.replace(" ", "").startsWith("|---")) {
        continue;
      }
      typed.add(row.startsWith("|") ? row : "| " + row);
    }
    return typed;
  }

  private static boolean isRowOf(String line, String procedureCode) {
    return line.strip().startsWith("|") && firstCell(line).equals(procedureCode);
  }

  private static String firstCell(String line) {
    String body = line.strip();
    body = body.startsWith("|") ? body.substring(1) : body;
    int bar = body.indexOf('|');
    return (bar < 0 ? body : body.substring(0, bar)).strip().toUpperCase(Locale.ROOT);
  }

  /** The header names the program's set and its version; its other lines stay. */
  private static String header(String line, long programId, int version) {
    if (line.startsWith("id:")) {
      return "id: " + setIdOf(programId);
    }
    if (line.startsWith("version:")) {
      return "version: " + version;
    }
    return line;
  }

  /**
   * A problem on one of the typed rows, named by its number there; a problem elsewhere (the rules
   * in force no longer match the catalog) says so.
   */
  private static FieldError asRow(FieldError error, int from, int to) {
    Matcher m = LINE.matcher(error.message());
    if (!m.matches()) {
      return new FieldError("rows", error.message());
    }
    int line = Integer.parseInt(m.group(1));
    if (line >= from && line <= to) {
      // "overlaps line 40" names another typed row too
      String message =
          OTHER_LINE
              .matcher(m.group(2))
              .replaceAll(
                  r -> {
                    int other = Integer.parseInt(r.group(1));
                    return other >= from && other <= to
                        ? "row " + (other - from + 1)
                        : Matcher.quoteReplacement(r.group());
                  });
      return new FieldError("rows", Wording.of("ruleCorrection.row", (line - from + 1), message));
    }
    return new FieldError(
        "rows", Wording.of("ruleCorrection.rulesAnotherProcedureLine", line, m.group(2)));
  }

  public String procedure() {
    return procedure;
  }

  /** The whole rule file the program publishes. */
  public String source() {
    return source;
  }

  public CodingRuleBook book() {
    return book;
  }
}
