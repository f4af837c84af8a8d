package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.procedure.domain.CodingRule.CodeTerm;
import org.continuum.procedure.domain.CodingRule.Condition;
import org.continuum.procedure.domain.CodingRule.Modifier;
import org.continuum.procedure.domain.CodingRule.Refusal;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.continuum.shared.domain.Wording;

/**
 * Reads a coding rule file (kind "coding-rules"): Markdown with a YAML header, one rule per table
 * row {@code | procedure | when | codes | modifier | sources |} and the sources as {@code [KEY]:
 * text} lines. docs/procedure-logs.md describes the format. Every problem is reported with its line
 * number, all at once.
 */
public final class CodingRuleFormat {

  public static final String KIND = "coding-rules";

  private static final Pattern TERM =
      Pattern.compile(
          "(\\+?(?:[0-9]{4}[0-9A-Z]|[A-V][0-9]{4}))(\\s+once)?"
              + "(?:\\s+per\\s+([a-z0-9-]+)(?:\\s+beyond\\s+([0-9]{1,4}))?)?"
              + "(?:\\s+max\\s+([0-9]{1,4}))?(?:\\s+if\\s+([a-z0-9-]+)\\s+(.+))?");
  private static final Pattern RANGE = Pattern.compile("([0-9]{1,4})(?:(\\+)|-([0-9]{1,4}))?");
  private static final Pattern MODIFIER = Pattern.compile("([0-9A-Z]{2})\\s+if\\s+(.+)");
  private static final Pattern REFUSE = Pattern.compile("refuse\\s+([a-z0-9-]+):\\s*(.+)");
  private static final Pattern SOURCE_REF = Pattern.compile("\\[([A-Za-z0-9-]+)\\]");
  private static final Pattern SOURCE_DEF = Pattern.compile("\\[([A-Za-z0-9-]+)\\]:\\s*(.+)");
  private static final int MOST_PROBLEMS = 25;

  private CodingRuleFormat() {}

  public static CodingRuleBook parse(String text) {
    List<FieldError> problems = new ArrayList<>();
    String[] lines = (text == null ? "" : text).replace("\uFEFF", "").split("\\R", -1);
    Map<String, String> header = new LinkedHashMap<>();
    int first = header(lines, header, problems);
    List<CodingRule> rules = new ArrayList<>();
    Map<String, String> sources = new LinkedHashMap<>();
    for (int i = first; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      Matcher def = SOURCE_DEF.matcher(line);
      if (def.matches()) {
        sources.put(def.group(1), def.group(2).strip());
      } else if (line.startsWith("|") && !isHeaderRow(line)) {
        try {
          rules.add(row(number, line));
        } catch (InvalidInputException e) {
          e.errors().forEach(problems::add);
        }
      }
    }
    for (CodingRule rule : rules) {
      for (String source : rule.sources()) {
        if (!sources.containsKey(source)) {
          problems.add(
              problem(rule.line(), "source [" + source + "] is cited but never described."));
        }
      }
    }
    if (rules.isEmpty() && problems.isEmpty()) {
      problems.add(new FieldError("file", Wording.of("codingRuleFormat.fileHoldsRuleRows")));
    }
    String id = header.getOrDefault("id", "");
    int version = 0;
    try {
      version = Integer.parseInt(header.getOrDefault("version", ""));
    } catch (NumberFormatException e) {
      problems.add(new FieldError("file", Wording.of("codingRuleFormat.headerNeedsWholeNumber")));
    }
    if (!KIND.equals(header.get("kind"))) {
      problems.add(new FieldError("file", Wording.of("codingRuleFormat.headerNeedsKind", KIND)));
    }
    if (!id.matches("[a-z0-9-]{2,40}")) {
      problems.add(new FieldError("file", Wording.of("codingRuleFormat.headerNeedsId2")));
    }
    throwIfAny(problems);
    return new CodingRuleBook(id, version, rules);
  }

  static void throwIfAny(List<FieldError> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidInputException(
          List.copyOf(problems.subList(0, Math.min(MOST_PROBLEMS, problems.size()))));
    }
  }

  static FieldError problem(int line, String message) {
    return new FieldError("file", Wording.of("codingRuleFormat.line", line, message));
  }

  /** The header's fields ("id", "version", ...), as the parser reads them; empty if it has none. */
  static Map<String, String> headerOf(String text) {
    Map<String, String> header = new LinkedHashMap<>();
    header(
        (text == null ? "" : text).replace("\uFEFF", "").split("\\R", -1),
        header,
        new ArrayList<>());
    return header;
  }

  private static int header(String[] lines, Map<String, String> header, List<FieldError> errors) {
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      errors.add(new FieldError("file", Wording.of("codingRuleFormat.line1FileStart")));
      return 0;
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals("---")) {
        return i + 1;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        header.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
      }
    }
    errors.add(new FieldError("file", Wording.of("codingRuleFormat.yamlHeaderNeverClosed")));
    return lines.length;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  private static boolean isHeaderRow(String line) {
    String compact = line.replace(" ", "");
    return compact.matches("\\|[-:|]+")
        || compact.toLowerCase(Locale.ROOT).startsWith("|procedure|");
  }

  private static CodingRule row(int number, String line) {
    String body = line.endsWith("|") ? line.substring(1, line.length() - 1) : line.substring(1);
    String[] cells = body.split("\\|", -1);
    if (cells.length != 5) {
      throw fail(
          number,
          "a rule has five cells (procedure | when | codes | modifier | sources); this row has "
              + cells.length
              + ".");
    }
    String procedure = cells[0].strip().toUpperCase(Locale.ROOT);
    if (!procedure.matches("[A-Z0-9][A-Z0-9_-]{1,39}")) {
      throw fail(number, "'" + cells[0].strip() + "' is not a procedure code.");
    }
    List<Condition> when = conditions(number, cells[1].strip());
    String codes = cells[2].strip();
    Refusal refusal = null;
    List<CodeTerm> terms = List.of();
    Matcher refuse = REFUSE.matcher(codes);
    if (refuse.matches()) {
      refusal = new Refusal(key(number, refuse.group(1)), refuse.group(2).strip());
    } else {
      terms = terms(number, codes);
    }
    Modifier modifier = modifier(number, cells[3].strip());
    List<String> sources = new ArrayList<>();
    Matcher ref = SOURCE_REF.matcher(cells[4]);
    while (ref.find()) {
      sources.add(ref.group(1));
    }
    if (sources.isEmpty()) {
      throw fail(number, "every rule cites at least one source, like [CPT-2026].");
    }
    return new CodingRule(
        number, procedure, cells[1].strip(), when, terms, modifier, refusal, sources);
  }

  private static List<Condition> conditions(int number, String text) {
    if (text.equalsIgnoreCase("any")) {
      return List.of();
    }
    List<Condition> conditions = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String part : text.split(";")) {
      String[] words = part.strip().split("\\s+", 2);
      if (words.length < 2) {
        throw fail(number, "a condition reads 'key values', like 'guidance FLUOROSCOPY,CT'.");
      }
      String key = key(number, words[0]);
      if (!seen.add(key)) {
        throw fail(number, "'" + key + "' is named twice in one rule.");
      }
      conditions.add(condition(number, key, words[1].strip()));
    }
    return conditions;
  }

  private static Condition condition(int number, String key, String values) {
    Class<? extends Enum<?>> names =
        switch (key) {
          case CodingFacts.GUIDANCE -> Guidance.class;
          case CodingFacts.REGION -> SpineRegion.class;
          case CodingFacts.SIDE -> Laterality.class;
          default -> null;
        };
    if (names != null) {
      Set<String> allowed = new LinkedHashSet<>();
      List<String> known = Arrays.stream(names.getEnumConstants()).map(Enum::name).toList();
      for (String value : values.split(",")) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        if (!known.contains(name)) {
          throw fail(number, "'" + value.strip() + "' is not a " + key + "; one of " + known + ".");
        }
        allowed.add(name);
      }
      return new Condition(key, Set.copyOf(allowed), 0, 0);
    }
    Matcher range = RANGE.matcher(values.replace(" ", ""));
    if (!range.matches()) {
      throw fail(number, key + " takes a number or a range, like 2, 1-4 or 5+.");
    }
    int from = Integer.parseInt(range.group(1));
    int to =
        range.group(2) != null
            ? Integer.MAX_VALUE
            : range.group(3) != null ? Integer.parseInt(range.group(3)) : from;
    if (to < from) {
      throw fail(number, "the range " + values + " of " + key + " is empty.");
    }
    return new Condition(key, null, from, to);
  }

  private static List<CodeTerm> terms(int number, String text) {
    List<CodeTerm> terms = new ArrayList<>();
    for (String part : text.split(";")) {
      Matcher m = TERM.matcher(part.strip());
      if (!m.matches()) {
        throw fail(
            number,
            "'"
                + part.strip()
                + "' is not a code term; write a code (64483, +64484, G0260), optionally"
                + " 'once', 'per <count> beyond <n> max <m>' and 'if <detail> <values>'.");
      }
      String per = m.group(3) == null ? null : key(number, m.group(3));
      if (per != null && !isCount(per)) {
        throw fail(number, "'per " + per + "' needs something counted, like levels or muscles.");
      }
      int beyond = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
      int most = m.group(5) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(5));
      Condition only =
          m.group(6) == null
              ? null
              : condition(number, key(number, m.group(6)), m.group(7).strip());
      terms.add(new CodeTerm(m.group(1), per, beyond, most, only, m.group(2) != null));
    }
    if (terms.get(0).code().startsWith("+")) {
      throw fail(number, "the first code is the primary one and cannot be an add-on.");
    }
    if (terms.get(0).only() != null) {
      throw fail(
          number,
          "the first code is the primary one and is always given; move its 'if' into When.");
    }
    return terms;
  }

  private static Modifier modifier(int number, String text) {
    if (text.isEmpty() || text.equals("-")) {
      return null;
    }
    Matcher m = MODIFIER.matcher(text);
    if (!m.matches()) {
      throw fail(number, "a modifier reads like '50 if BILATERAL', or '-' for none.");
    }
    Condition sides = condition(number, CodingFacts.SIDE, m.group(2));
    return new Modifier(m.group(1), sides.names());
  }

  private static String key(int number, String word) {
    String key = word.strip().toLowerCase(Locale.ROOT);
    boolean known =
        List.of(CodingFacts.GUIDANCE, CodingFacts.REGION, CodingFacts.SIDE, CodingFacts.LEVELS)
                .contains(key)
            || Quantity.byKey(key).isPresent();
    if (!known) {
      throw fail(
          number,
          "'"
              + word.strip()
              + "' is not a detail a rule can read; use guidance, region, side, levels or one of "
              + Arrays.stream(Quantity.values()).map(Quantity::key).toList()
              + ".");
    }
    return key;
  }

  static boolean isCount(String key) {
    return key.equals(CodingFacts.LEVELS) || Quantity.byKey(key).isPresent();
  }

  private static InvalidInputException fail(int number, String message) {
    return new InvalidInputException(List.of(problem(number, message)));
  }
}
