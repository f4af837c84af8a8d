package org.continuum.learning.application;

import java.io.Serializable;
import java.util.List;

/** A trainee's best result on a module, with the subcompetencies its objectives map to. */
public record ModuleScore(
    String moduleCode,
    String title,
    List<String> subcompetencyCodes,
    Integer bestScore,
    boolean passed,
    boolean inProgress)
    implements Serializable {

  public String summary() {
    return title
        + ": "
        + (bestScore == null
            ? "in progress"
            : bestScore + "%" + (passed ? ", passed" : ", not passed"));
  }
}
