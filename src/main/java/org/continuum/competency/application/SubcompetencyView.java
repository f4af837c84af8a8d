package org.continuum.competency.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.competency.domain.CoreCompetency;
import org.continuum.competency.domain.Subcompetency;

/** A subcompetency with its level descriptors, level 1 first. */
public record SubcompetencyView(
    long id, String code, CoreCompetency competency, String title, List<String> levels)
    implements Serializable {

  static SubcompetencyView of(Subcompetency s) {
    return new SubcompetencyView(
        s.getId(), s.getCode(), s.getCompetency(), s.getTitle(), List.copyOf(s.getLevels()));
  }

  /** "PC4 Procedural skills" */
  public String label() {
    return code + " " + title;
  }
}
