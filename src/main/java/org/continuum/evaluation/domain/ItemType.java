package org.continuum.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of item a form is built from, each with its scale. Values are stored as the short codes
 * below, never as positions, so a label can be reworded without changing any answer.
 */
public enum ItemType {
  /** A milestone level for one subcompetency: 1 to 5 in half steps, or not yet assessable. */
  MILESTONE("Milestone level", milestoneScale()),
  /** The O-SCORE entrustability scale. */
  OSCORE(
      "Entrustment (O-SCORE)",
      List.of(
          new ScaleOption("1", "1 - I had to do it", 1.0),
          new ScaleOption("2", "2 - I had to talk them through", 2.0),
          new ScaleOption("3", "3 - I had to prompt them from time to time", 3.0),
          new ScaleOption("4", "4 - I needed to be in the room just in case", 4.0),
          new ScaleOption("5", "5 - I did not need to be there", 5.0))),
  /** The Zwisch scale of operative autonomy. */
  ZWISCH(
      "Autonomy (Zwisch)",
      List.of(
          new ScaleOption("SHOW_AND_TELL", "Show and tell", 1.0),
          new ScaleOption("ACTIVE_HELP", "Active help", 2.0),
          new ScaleOption("PASSIVE_HELP", "Passive help", 3.0),
          new ScaleOption("SUPERVISION_ONLY", "Supervision only", 4.0))),
  /** The accreditor's supervision levels. */
  SUPERVISION(
      "Supervision level",
      List.of(
          new ScaleOption("DIRECT", "Direct supervision", 1.0),
          new ScaleOption(
              "INDIRECT_AVAILABLE", "Indirect supervision, direct supervision available", 2.0),
          new ScaleOption(
              "INDIRECT_IMMEDIATE",
              "Indirect supervision, direct supervision immediately available",
              3.0),
          new ScaleOption("OVERSIGHT", "Oversight", 4.0))),
  /** Free text. */
  NARRATIVE("Narrative", List.of());

  public static final String NOT_YET_ASSESSABLE = "NYA";

  private final String label;
  private final List<ScaleOption> options;

  ItemType(String label, List<ScaleOption> options) {
    this.label = label;
    this.options = options;
  }

  public String label() {
    return label;
  }

  public List<ScaleOption> options() {
    return options;
  }

  public boolean isNarrative() {
    return this == NARRATIVE;
  }

  public Optional<ScaleOption> option(String value) {
    return options.stream().filter(o -> o.value().equals(value)).findFirst();
  }

  /** Whether {@code value} is one of this scale's choices (narratives take no value). */
  public boolean accepts(String value) {
    return !isNarrative() && option(value).isPresent();
  }

  private static List<ScaleOption> milestoneScale() {
    List<ScaleOption> scale = new ArrayList<>();
    for (int half = 2; half <= 10; half++) {
      double level = half / 2.0;
      String value = half % 2 == 0 ? Integer.toString(half / 2) : Double.toString(level);
      String label =
          half % 2 == 0
              ? "Level " + value
              : value + " (between " + (half / 2) + " and " + (half / 2 + 1) + ")";
      scale.add(new ScaleOption(value, label, level));
    }
    scale.add(new ScaleOption(NOT_YET_ASSESSABLE, "Not yet assessable", null));
    return List.copyOf(scale);
  }
}
