package org.continuum.evaluation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.continuum.shared.domain.Wording;

/**
 * The kinds of item a form is built from, each with its scale and what it rates. Values are stored
 * as the short codes below, never as positions, so a scale's order and scores can be corrected, or
 * a label reworded, without rewriting any answer or breaking a seal.
 */
public enum ItemType {
  /** A milestone level for one subcompetency: 1 to 5 in half steps, or not yet assessable. */
  MILESTONE(Wording.of("itemType.MILESTONE.label"), Rates.TRAINEE, milestoneScale()),
  /** The O-SCORE entrustability scale: how independently a trainee did a procedure. */
  OSCORE(
      Wording.of("itemType.OSCORE.label"),
      Rates.TRAINEE,
      List.of(
          new ScaleOption("1", Wording.of("scale.oscore.1"), 1.0),
          new ScaleOption("2", Wording.of("scale.oscore.2"), 2.0),
          new ScaleOption("3", Wording.of("scale.oscore.3"), 3.0),
          new ScaleOption("4", Wording.of("scale.oscore.4"), 4.0),
          new ScaleOption("5", Wording.of("scale.oscore.5"), 5.0))),
  /** The Zwisch scale of operative autonomy: the attending's role, so it fits either form. */
  ZWISCH(
      Wording.of("itemType.ZWISCH.label"),
      Rates.EITHER,
      List.of(
          new ScaleOption("SHOW_AND_TELL", Wording.of("scale.zwisch.SHOW_AND_TELL"), 1.0),
          new ScaleOption("ACTIVE_HELP", Wording.of("scale.zwisch.ACTIVE_HELP"), 2.0),
          new ScaleOption("PASSIVE_HELP", Wording.of("scale.zwisch.PASSIVE_HELP"), 3.0),
          new ScaleOption("SUPERVISION_ONLY", Wording.of("scale.zwisch.SUPERVISION_ONLY"), 4.0))),
  /**
   * The accreditor's supervision levels, from most supervision to least, scored so that a higher
   * number is more independence: with direct supervision immediately available comes before with it
   * available (decision 66).
   */
  SUPERVISION(
      Wording.of("itemType.SUPERVISION.label"),
      Rates.TRAINEE,
      List.of(
          new ScaleOption("DIRECT", Wording.of("scale.supervision.DIRECT"), 1.0),
          new ScaleOption(
              "INDIRECT_IMMEDIATE", Wording.of("scale.supervision.INDIRECT_IMMEDIATE"), 2.0),
          new ScaleOption(
              "INDIRECT_AVAILABLE", Wording.of("scale.supervision.INDIRECT_AVAILABLE"), 3.0),
          new ScaleOption("OVERSIGHT", Wording.of("scale.supervision.OVERSIGHT"), 4.0))),
  /**
   * How far a trainee agrees with a statement about a teacher ("let me do as much as I was ready
   * for"): a scale for rating teaching, written for Continuum, with "not observed" left unscored.
   */
  TEACHING(
      Wording.of("itemType.TEACHING.label"),
      Rates.TEACHING,
      List.of(
          new ScaleOption("1", Wording.of("scale.teaching.1"), 1.0),
          new ScaleOption("2", Wording.of("scale.teaching.2"), 2.0),
          new ScaleOption("3", Wording.of("scale.teaching.3"), 3.0),
          new ScaleOption("4", Wording.of("scale.teaching.4"), 4.0),
          new ScaleOption("5", Wording.of("scale.teaching.5"), 5.0),
          new ScaleOption("NOT_OBSERVED", Wording.of("scale.teaching.NOT_OBSERVED"), null))),
  /** Free text. */
  NARRATIVE(Wording.of("itemType.NARRATIVE.label"), Rates.EITHER, List.of());

  /** Whom an item's scale measures, so a form rates the one it is about. */
  public enum Rates {
    TRAINEE,
    TEACHING,
    EITHER
  }

  public static final String NOT_YET_ASSESSABLE = "NYA";

  private final String label;
  private final Rates rates;
  private final List<ScaleOption> options;

  ItemType(String label, Rates rates, List<ScaleOption> options) {
    this.label = label;
    this.rates = rates;
    this.options = options;
  }

  /**
   * Whether this scale belongs on a form of that kind: an anonymous evaluation rates teaching,
   * never a trainee (O-SCORE, supervision and milestones measure the trainee); every other form
   * rates a trainee, never a teacher.
   */
  public boolean fits(EvaluationKind kind) {
    return rates == Rates.EITHER || (rates == Rates.TEACHING) == kind.isAnonymous();
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
              ? Wording.of("scale.milestone.level", value)
              : Wording.of("scale.milestone.between", value, half / 2, half / 2 + 1);
      scale.add(new ScaleOption(value, label, level));
    }
    scale.add(new ScaleOption(NOT_YET_ASSESSABLE, Wording.of("scale.milestone.NYA"), null));
    return List.copyOf(scale);
  }
}
