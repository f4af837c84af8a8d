package org.continuum.shared.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What checking the seals of a set of signed records found: how many were checked, how many verify
 * with a key, how many predate keyed seals, and each one that cannot be relied on.
 */
public record SealSummary(int checked, int verified, int unkeyed, List<Finding> failing)
    implements Serializable {

  /** A record whose seal does not verify: what it is, its id, its program, what was found. */
  public record Finding(String record, long id, Long programId, SealCheck check)
      implements Serializable {}

  public boolean allTrustworthy() {
    return failing.isEmpty();
  }

  /** One sentence for a screen or a printout that cites these records as evidence. */
  public String describe() {
    if (checked == 0) {
      return "No signed records to check.";
    }
    String unkeyedNote =
        unkeyed == 0
            ? ""
            : " (" + unkeyed + " sealed before keyed seals: their content hash matches)";
    if (failing.isEmpty()) {
      return (checked == 1
              ? "The seal of the 1 signed record"
              : "The seals of all " + checked + " signed records")
          + " behind this evidence "
          + (checked == 1 ? "verifies" : "verify")
          + unkeyedNote
          + ".";
    }
    StringBuilder text =
        new StringBuilder("Warning: ")
            .append(failing.size())
            .append(" of ")
            .append(checked)
            .append(" signed records behind this evidence do not verify: ");
    for (int i = 0; i < failing.size(); i++) {
      Finding f = failing.get(i);
      text.append(i == 0 ? "" : "; ").append(f.record()).append(' ').append(f.id());
    }
    return text.append(". Treat what they say with care and ask an administrator.").toString();
  }

  public SealSummary plus(SealSummary other) {
    List<Finding> both = new ArrayList<>(failing);
    both.addAll(other.failing);
    return new SealSummary(
        checked + other.checked, verified + other.verified, unkeyed + other.unkeyed, both);
  }

  /** Counts checked records one by one; {@link #summary()} gives the result. */
  public static final class Counter {
    private int checked;
    private int verified;
    private int unkeyed;
    private final List<Finding> failing = new ArrayList<>();

    public void add(String record, long id, Long programId, SealCheck check) {
      checked++;
      if (check == SealCheck.VERIFIED) {
        verified++;
      } else if (check == SealCheck.UNKEYED) {
        unkeyed++;
      } else {
        failing.add(new Finding(record, id, programId, check));
      }
    }

    public SealSummary summary() {
      return new SealSummary(checked, verified, unkeyed, List.copyOf(failing));
    }
  }
}
