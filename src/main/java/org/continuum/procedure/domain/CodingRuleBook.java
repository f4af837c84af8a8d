package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.continuum.procedure.domain.CodingRule.CodeTerm;
import org.continuum.procedure.domain.CodingRule.Condition;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.continuum.shared.domain.Wording;

/**
 * One version of the coding rules: which codes a case is logged as, given what was done. Checked
 * against the catalog before use ({@link #check}): every combination of details a procedure allows
 * is covered by exactly one rule, and the rules give exactly the codes the catalog lists for it.
 */
public final class CodingRuleBook {

  private final String id;
  private final int version;
  private final Map<String, List<CodingRule>> byProcedure = new LinkedHashMap<>();

  CodingRuleBook(String id, int version, List<CodingRule> rules) {
    this.id = id;
    this.version = version;
    for (CodingRule rule : rules) {
      byProcedure.computeIfAbsent(rule.procedure(), k -> new ArrayList<>()).add(rule);
    }
  }

  /** No rules loaded yet: every procedure is refused with a message saying so. */
  public static CodingRuleBook none() {
    return new CodingRuleBook("none", 0, List.of());
  }

  /** "core:1": what an entry records to say which rules coded it. */
  public String key() {
    return id + ":" + version;
  }

  public String id() {
    return id;
  }

  public int version() {
    return version;
  }

  public int ruleCount() {
    return byProcedure.values().stream().mapToInt(List::size).sum();
  }

  public int procedureCount() {
    return byProcedure.size();
  }

  public List<CodingRule> rulesFor(String procedureCode) {
    return byProcedure.getOrDefault(procedureCode, List.of());
  }

  /**
   * The codes of a case. A combination the rules refuse, or one no rule covers, is refused with a
   * message naming the detail to correct.
   */
  public CodedAs code(ProcedureType type, CodingFacts facts) {
    List<CodingRule> rules = rulesFor(type.getCode());
    if (rules.isEmpty()) {
      throw new InvalidInputException(
          "procedureTypeId",
          type.isActive()
              ? Wording.of("codingRuleBook.hasCodingRulesYet", type.getName())
              : Wording.of("codingRuleBook.retiredCatalogHasCoding", type.getName()));
    }
    CodingRule rule =
        ruleFor(type, facts)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "procedureTypeId",
                        Wording.of(
                            "codingRuleBook.codingRuleCoversAsk",
                            type.getName(),
                            describe(facts, keysOf(type)))));
    if (rule.refusal() != null) {
      throw new InvalidInputException(fieldOf(rule.refusal().key()), rule.refusal().message());
    }
    return new CodedAs(rule.apply(facts), key());
  }

  /** The rule that codes a case with these facts, if any does. */
  public Optional<CodingRule> ruleFor(ProcedureType type, CodingFacts facts) {
    return rulesFor(type.getCode()).stream().filter(r -> r.matches(facts)).findFirst();
  }

  /** The form field a rule's detail is entered in, for messages shown beside it. */
  public static String fieldOf(String key) {
    return switch (key) {
      case CodingFacts.GUIDANCE -> "guidance";
      case CodingFacts.REGION -> "spineRegion";
      case CodingFacts.SIDE -> "laterality";
      case CodingFacts.LEVELS -> "levels";
      default -> "counts";
    };
  }

  /**
   * Refuses rules that name procedures, details or codes the catalog does not have, and any
   * combination of a procedure's details that no rule or more than one rule covers; each problem
   * names its line.
   */
  public void check(Collection<ProcedureType> catalog) {
    check(catalog, true);
  }

  /**
   * As {@link #check}, but a rule may give codes the catalog does not list, and need not give each
   * it lists: a program's own corrections answer to its payers, not to the bundled catalog.
   */
  public void checkCoverage(Collection<ProcedureType> catalog) {
    check(catalog, false);
  }

  private void check(Collection<ProcedureType> catalog, boolean catalogCodes) {
    List<FieldError> problems = new ArrayList<>();
    Map<String, ProcedureType> types = new LinkedHashMap<>();
    catalog.forEach(t -> types.put(t.getCode(), t));
    byProcedure.forEach(
        (code, rules) -> {
          if (!types.containsKey(code)) {
            problems.add(
                CodingRuleFormat.problem(
                    rules.get(0).line(), "'" + code + "' is not a procedure in the catalog."));
          }
        });
    for (ProcedureType type : types.values()) {
      List<CodingRule> rules = rulesFor(type.getCode());
      if (rules.isEmpty()) {
        if (type.isActive()) {
          problems.add(
              new FieldError(
                  "file", Wording.of("codingRuleBook.ruleCodes", type.getCode(), type.getName())));
        }
        continue;
      }
      checkProcedure(type, rules, catalogCodes, problems);
    }
    CodingRuleFormat.throwIfAny(problems);
  }

  private static void checkProcedure(
      ProcedureType type, List<CodingRule> rules, boolean catalogCodes, List<FieldError> problems) {
    Set<String> keys = keysOf(type);
    Set<String> produced = new HashSet<>();
    int before = problems.size();
    for (CodingRule rule : rules) {
      for (Condition c : rule.when()) {
        checkCondition(type, keys, rule, c, problems);
      }
      for (CodeTerm term : rule.codes()) {
        if (term.per() != null && !keys.contains(term.per())) {
          problems.add(CodingRuleFormat.problem(rule.line(), notAsked(type, term.per())));
        }
        if (term.only() != null) {
          checkCondition(type, keys, rule, term.only(), problems);
        }
        produced.add(term.code());
        if (catalogCodes && !type.getCptCodes().contains(term.code())) {
          problems.add(
              CodingRuleFormat.problem(
                  rule.line(),
                  term.code()
                      + " is not among the codes the catalog lists for "
                      + type.getCode()
                      + " "
                      + type.getCptCodes()
                      + "."));
        }
      }
      if (rule.modifier() != null && !keys.contains(CodingFacts.SIDE)) {
        problems.add(CodingRuleFormat.problem(rule.line(), notAsked(type, CodingFacts.SIDE)));
      }
      if (rule.refusal() != null && !keys.contains(rule.refusal().key())) {
        problems.add(CodingRuleFormat.problem(rule.line(), notAsked(type, rule.refusal().key())));
      }
    }
    for (String code : catalogCodes ? type.getCptCodes() : List.<String>of()) {
      if (!produced.contains(code)) {
        problems.add(
            CodingRuleFormat.problem(
                rules.get(0).line(),
                "the catalog lists " + code + " for " + type.getCode() + " but no rule gives it."));
      }
    }
    if (problems.size() > before) {
      return; // combinations of a procedure whose rules are wrong would only repeat the problem
    }
    Set<String> reported = new HashSet<>();
    for (CodingFacts facts : combinations(type, rules)) {
      List<CodingRule> matching = rules.stream().filter(r -> r.matches(facts)).toList();
      if (matching.isEmpty()) {
        problems.add(
            CodingRuleFormat.problem(
                rules.get(0).line(),
                "no rule for " + type.getCode() + " covers " + describe(facts, keys) + "."));
      } else if (matching.size() > 1) {
        CodingRule first = matching.get(0);
        CodingRule second = matching.get(1);
        if (reported.add(first.line() + "/" + second.line())) {
          problems.add(
              CodingRuleFormat.problem(
                  second.line(),
                  "overlaps line "
                      + first.line()
                      + ": both cover "
                      + type.getCode()
                      + " with "
                      + describe(facts, keys)
                      + "."));
        }
      } else if (matching.get(0).refusal() == null) {
        List<BilledCode> codes = matching.get(0).apply(facts);
        if (codes.isEmpty() || !codes.get(0).code().equals(matching.get(0).codes().get(0).code())) {
          problems.add(
              CodingRuleFormat.problem(
                  matching.get(0).line(),
                  "gives no primary code for " + describe(facts, keys) + "."));
        }
      }
      if (problems.size() > 40) {
        return;
      }
    }
  }

  private static void checkCondition(
      ProcedureType type,
      Set<String> keys,
      CodingRule rule,
      Condition c,
      List<FieldError> problems) {
    if (!keys.contains(c.key())) {
      problems.add(CodingRuleFormat.problem(rule.line(), notAsked(type, c.key())));
    } else if (!c.isRange()) {
      for (String name : c.names()) {
        if (!offered(type, c.key(), name)) {
          problems.add(
              CodingRuleFormat.problem(
                  rule.line(), type.getCode() + " does not offer " + c.key() + " " + name + "."));
        }
      }
    }
  }

  private static String notAsked(ProcedureType type, String key) {
    return type.getCode() + " does not ask for " + key + ".";
  }

  /** The details a rule may read for this procedure. */
  static Set<String> keysOf(ProcedureType type) {
    Set<String> keys = new TreeSet<>();
    if (type.asks(ProcedureField.GUIDANCE)) {
      keys.add(CodingFacts.GUIDANCE);
    }
    if (!type.getRegions().isEmpty()) {
      keys.add(CodingFacts.REGION);
    }
    if (type.asks(ProcedureField.LATERALITY)) {
      keys.add(CodingFacts.SIDE);
    }
    if (type.asks(ProcedureField.LEVELS)) {
      keys.add(CodingFacts.LEVELS);
    }
    type.getQuantities().forEach(q -> keys.add(q.key()));
    return keys;
  }

  private static boolean offered(ProcedureType type, String key, String name) {
    return switch (key) {
      case CodingFacts.GUIDANCE -> type.getGuidanceOptions().contains(Guidance.valueOf(name));
      case CodingFacts.REGION -> type.getRegions().contains(SpineRegion.valueOf(name));
      default -> true;
    };
  }

  /** Every distinct case the rules must tell apart: each option, and each count at its edges. */
  private static List<CodingFacts> combinations(ProcedureType type, List<CodingRule> rules) {
    List<Guidance> guidances = new ArrayList<>();
    if (type.asks(ProcedureField.GUIDANCE)) {
      guidances.addAll(type.getGuidanceOptions());
    } else {
      guidances.add(null);
    }
    // as ProcedureDetails finds the region: asked, the first body's, or the only one
    List<SpineRegion> regions = new ArrayList<>();
    if (type.asks(ProcedureField.SPINE_REGION) || type.asks(ProcedureField.VERTEBRAL_BODIES)) {
      regions.addAll(type.getRegions());
    } else {
      regions.add(type.getRegions().size() == 1 ? type.getRegions().iterator().next() : null);
    }
    List<Laterality> sides = new ArrayList<>();
    if (type.asks(ProcedureField.LATERALITY)) {
      sides.addAll(List.of(Laterality.values()));
    } else {
      sides.add(null);
    }
    List<Integer> levels =
        type.asks(ProcedureField.LEVELS)
            ? edges(CodingFacts.LEVELS, 1, type.getMaxLevels(), rules)
            : List.of(0);
    List<Map<Quantity, Integer>> counts = new ArrayList<>();
    counts.add(new EnumMap<>(Quantity.class));
    for (Quantity q : type.getQuantities()) {
      List<Map<Quantity, Integer>> more = new ArrayList<>();
      for (Map<Quantity, Integer> partial : counts) {
        for (int n : edges(q.key(), q.least(), q.most(), rules)) {
          Map<Quantity, Integer> next = new EnumMap<>(Quantity.class);
          next.putAll(partial);
          next.put(q, n);
          more.add(next);
        }
      }
      counts = more;
    }
    List<CodingFacts> all = new ArrayList<>();
    for (Guidance g : guidances) {
      for (SpineRegion r : regions) {
        for (Laterality s : sides) {
          for (int l : levels) {
            for (Map<Quantity, Integer> c : counts) {
              all.add(new CodingFacts(g, r, s, l, c));
            }
          }
        }
      }
    }
    return all;
  }

  /** The least and most values, and where any rule's range or count starts or stops counting. */
  private static List<Integer> edges(String key, int least, int most, List<CodingRule> rules) {
    Set<Integer> edges = new TreeSet<>(List.of(least, most));
    for (CodingRule rule : rules) {
      for (Condition c : rule.when()) {
        if (c.key().equals(key) && c.isRange()) {
          edges.add(c.from());
          if (c.to() != Integer.MAX_VALUE) {
            edges.add(c.to() + 1);
          }
        }
      }
      for (CodeTerm term : rule.codes()) {
        Condition only = term.only();
        if (only != null && only.key().equals(key) && only.isRange()) {
          edges.add(only.from());
          if (only.to() != Integer.MAX_VALUE) {
            edges.add(only.to() + 1);
          }
        }
        if (key.equals(term.per())) {
          edges.add(term.beyond());
          edges.add(term.beyond() + 1);
        }
      }
    }
    return edges.stream().filter(n -> n >= least && n <= most).toList();
  }

  private static String describe(CodingFacts facts, Set<String> keys) {
    List<String> parts = new ArrayList<>();
    for (String key : keys) {
      Object value = facts.valueOf(key);
      parts.add(key + " " + (value == null ? "none" : value));
    }
    return parts.isEmpty() ? "no details" : String.join(", ", parts);
  }
}
