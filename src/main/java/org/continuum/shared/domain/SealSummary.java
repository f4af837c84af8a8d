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
      return Wording.of("sealSummary.none");
    }
    if (failing.isEmpty()) {
      return unkeyed == 0
          ? Wording.of("sealSummary.verify", checked)
          : Wording.of("sealSummary.verifyWithUnkeyed", checked, unkeyed);
    }
    StringBuilder records = new StringBuilder();
    for (int i = 0; i < failing.size(); i++) {
      Finding f = failing.get(i);
      records.append(i == 0 ? "" : "; ").append(f.record()).append(' ').append(f.id());
    }
    return Wording.of("sealSummary.failing", failing.size(), checked, records);
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
