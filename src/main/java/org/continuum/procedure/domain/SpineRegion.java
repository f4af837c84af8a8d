package org.continuum.procedure.domain;

import java.util.ArrayList;
import java.util.List;
import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/**
 * Spine regions, with the levels (segments such as L4-L5, or single vertebrae) that belong to each.
 */
public enum SpineRegion implements Titled {
  CERVICAL(Wording.of("spineRegion.CERVICAL.title"), 'C', 7, 'T'),
  THORACIC(Wording.of("spineRegion.THORACIC.title"), 'T', 12, 'L'),
  LUMBAR(Wording.of("spineRegion.LUMBAR.title"), 'L', 5, 'S'),
  SACRAL(Wording.of("spineRegion.SACRAL.title"), 'S', 5, ' ');

  private final String title;
  private final char letter;
  private final int count;
  private final char next;

  SpineRegion(String title, char letter, int count, char next) {
    this.title = title;
    this.letter = letter;
    this.count = count;
    this.next = next;
  }

  @Override
  public String title() {
    return title;
  }

  /**
   * The segments a trainee picks from: C2-C3 to C7-T1, T1-T2 to T12-L1, L1-L2 to L5-S1, and the
   * sacral foramina S1 to S4.
   */
  public List<String> segments() {
    List<String> segments = new ArrayList<>();
    if (this == SACRAL) {
      for (int i = 1; i <= 4; i++) {
        segments.add("S" + i);
      }
      return segments;
    }
    for (int i = this == CERVICAL ? 2 : 1; i < count; i++) {
      segments.add(letter + "" + i + "-" + letter + (i + 1));
    }
    segments.add(letter + "" + count + "-" + next + "1");
    return segments;
  }

  /** The vertebral bodies of this region (T1 to T12), for procedures that treat bodies. */
  public List<String> vertebrae() {
    List<String> bodies = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      bodies.add(letter + "" + i);
    }
    return bodies;
  }

  /** A level of this region: one of its segments, or a single vertebra (e.g. L5). */
  public boolean hasLevel(String level) {
    if (segments().contains(level)) {
      return true;
    }
    if (level.length() < 2 || level.charAt(0) != letter) {
      return false;
    }
    try {
      int n = Integer.parseInt(level.substring(1));
      return n >= 1 && n <= count;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
