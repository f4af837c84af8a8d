package org.continuum.evaluation.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.evaluation.domain.ScaleOption;

/**
 * One item of an evaluation with its answer: the prompt, the scale (and, for a milestone item, the
 * level descriptors of the framework version the form was written against), the value and text.
 */
public record ItemView(
    int seq,
    ItemType type,
    String prompt,
    String subcompetencyCode,
    String subcompetencyTitle,
    List<String> levelDescriptors,
    boolean required,
    String value,
    String text)
    implements Serializable {

  public List<ScaleOption> options() {
    return type.options();
  }

  /** What the chosen value reads as ("Level 3", "Passive help"), or empty. */
  public String valueLabel() {
    return value == null ? "" : type.option(value).map(ScaleOption::label).orElse(value);
  }

  public boolean isAnswered() {
    return value != null || text != null;
  }

  /** "PC4 Procedures" or the item type, for headings. */
  public String heading() {
    return subcompetencyCode == null
        ? type.label()
        : subcompetencyCode + (subcompetencyTitle == null ? "" : " " + subcompetencyTitle);
  }
}
