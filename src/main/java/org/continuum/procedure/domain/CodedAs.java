package org.continuum.procedure.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The codes one case is logged as, derived from what was done by the coding rules named in {@code
 * rules} (e.g. "core:1"): the primary code first, then the others with their counts.
 */
public record CodedAs(List<BilledCode> codes, String rules) implements Serializable {

  public CodedAs {
    if (codes == null || codes.isEmpty()) {
      throw new IllegalArgumentException("a coded case has at least its primary code");
    }
    codes = List.copyOf(codes);
  }

  public BilledCode primary() {
    return codes.get(0);
  }

  /** "64483, +64484 x1" as the trainee and reviewers read it. */
  public String label() {
    return codes.stream().map(BilledCode::label).collect(Collectors.joining(", "));
  }

  /** The stored form: "64483-50*1;+64484-50*1", then "@" and the rule set. */
  public String column() {
    return codes.stream()
            .map(c -> c.code() + (c.modifier() == null ? "" : "-" + c.modifier()) + "*" + c.units())
            .collect(Collectors.joining(";"))
        + "@"
        + rules;
  }

  /** Reads {@link #column()}; null or blank is an entry not coded yet. */
  public static CodedAs parse(String column) {
    if (column == null || column.isBlank()) {
      return null;
    }
    int at = column.lastIndexOf('@');
    List<BilledCode> codes = new ArrayList<>();
    for (String part : column.substring(0, at).split(";")) {
      int star = part.lastIndexOf('*');
      String code = part.substring(0, star);
      int dash = code.indexOf('-');
      codes.add(
          new BilledCode(
              dash < 0 ? code : code.substring(0, dash),
              dash < 0 ? null : code.substring(dash + 1),
              Integer.parseInt(part.substring(star + 1))));
    }
    return new CodedAs(codes, column.substring(at + 1));
  }
}
