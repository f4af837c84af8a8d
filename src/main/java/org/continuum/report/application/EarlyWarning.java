package org.continuum.report.application;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.shared.domain.InvalidInputException;

/**
 * A trainee flagged for the director, with the reasons. The rule for levels is configurable ({@code
 * CONTINUUM_EARLY_WARNING_RULE}, default {@code PC<=2.5@PGY2}): a trainee in that PGY or later
 * whose level in a subcompetency of that competency is at or below that level.
 */
public record EarlyWarning(long traineeId, String name, Integer pgy, List<String> reasons)
    implements Serializable {

  private static final Pattern RULE = Pattern.compile("([A-Z]{2,4})<=([0-9](?:\\.5)?)@PGY([0-9])");

  /** A parsed rule. */
  public record Rule(String competency, double level, int pgy) implements Serializable {

    public static Rule parse(String text) {
      Matcher m = RULE.matcher(text == null ? "" : text.strip());
      if (!m.matches()) {
        throw new InvalidInputException(
            "rule", "An early-warning rule looks like PC<=2.5@PGY2, not '" + text + "'.");
      }
      return new Rule(m.group(1), Double.parseDouble(m.group(2)), Integer.parseInt(m.group(3)));
    }

    /** Whether a level in this subcompetency, for a trainee in this PGY, raises the flag. */
    public boolean flags(String subcompetencyCode, double level, Integer traineePgy) {
      return traineePgy != null
          && traineePgy >= pgy
          && subcompetencyCode.startsWith(competency)
          && Character.isDigit(subcompetencyCode.charAt(competency.length()))
          && level <= this.level;
    }

    public String describe() {
      return competency + " level at or below " + level + " from PGY-" + pgy;
    }
  }
}
