package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One line of a coding rule file: for a procedure, when its details match every condition, the case
 * is logged as these codes (the first is primary), with the modifier when the side calls for one;
 * or it is refused with a message, for a combination that cannot be coded. Each rule cites the
 * sources it follows.
 */
public record CodingRule(
    int line,
    String procedure,
    String whenText,
    List<Condition> when,
    List<CodeTerm> codes,
    Modifier modifier,
    Refusal refusal,
    List<String> sources) {

  /** A detail must be one of some names (guidance, region, side), or a number in a range. */
  public record Condition(String key, Set<String> names, int from, int to) {

    boolean matches(CodingFacts facts) {
      Object value = facts.valueOf(key);
      if (names != null) {
        return value instanceof String name && names.contains(name);
      }
      return value instanceof Integer n && n >= from && n <= to;
    }

    boolean isRange() {
      return names == null;
    }
  }

  /**
   * A code, reported once, or once per counted thing ("per level beyond 1": one for each level
   * after the first), at most {@code most} times; only when its own condition holds, if it has one
   * ("+95874 if guidance EMG"). A code reported {@code once} for the session (imaging guidance)
   * never takes the side's modifier.
   */
  public record CodeTerm(
      String code, String per, int beyond, int most, Condition only, boolean once) {

    int units(CodingFacts facts) {
      if (only != null && !only.matches(facts)) {
        return 0;
      }
      if (per == null) {
        return 1;
      }
      return Math.min(most, Math.max(0, facts.count(per) - beyond));
    }
  }

  /** A modifier added to every code when the side is one of these (50 when bilateral). */
  public record Modifier(String code, Set<String> sides) {}

  /** The combination cannot be logged: the message names the detail to correct. */
  public record Refusal(String key, String message) {}

  public boolean matches(CodingFacts facts) {
    return when.stream().allMatch(c -> c.matches(facts));
  }

  /** The codes for facts this rule matches; never called on a refusal. */
  List<BilledCode> apply(CodingFacts facts) {
    String mod =
        modifier != null && facts.side() != null && modifier.sides().contains(facts.side().name())
            ? modifier.code()
            : null;
    List<BilledCode> billed = new ArrayList<>();
    for (CodeTerm term : codes) {
      int units = term.units(facts);
      if (units > 0) {
        billed.add(new BilledCode(term.code(), term.once() ? null : mod, units));
      }
    }
    return billed;
  }
}
