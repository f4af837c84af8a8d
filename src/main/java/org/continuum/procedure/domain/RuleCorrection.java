package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;

/**
 * A program director's correction of the rules of one procedure: the rows typed replace the
 * procedure's rows in the rules in force, and the result becomes the program's own rule set, the
 * whole of it, so an entry's rule key always names every rule that could have coded it. The result
 * is checked as the bundled rules are (each combination of details matched once), except that the
 * codes may differ from those the catalog lists: a program's payers may want others.
 */
public final class RuleCorrection {

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
    return "program-" + programId;
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
          "rows",
          "Corrected rows must be at most "
              + MOST_CHARACTERS
              + " characters long: correct one procedure at a time.");
    }
    List<String> typed = tableRows(rows);
    if (typed.isEmpty()) {
      throw new InvalidInputException(
          "rows", "Give at least one rule row, like | " + type.getCode() + " | any | ... |.");
    }
    String[] lines = inForce.replace("\uFEFF", "").split("\\R", -1);
    List<String> merged = new ArrayList<>();
    int first = -1;
    int fences = 0;
    for (String line : lines) {
      if (fences < 2) {
        fences += line.strip().equals("---") ? 1 : 0;
        merged.add(header(line, programId, version));
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
            "Row "
                + (i + 1)
                + ": it names "
                + (named.isEmpty() ? "no procedure" : named)
                + "; the rows here code "
                + type.getCode()
                + " only.");
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
      return new FieldError("rows", "Row " + (line - from + 1) + ": " + message);
    }
    return new FieldError(
        "rows", "In the rules of another procedure (line " + line + "): " + m.group(2));
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
