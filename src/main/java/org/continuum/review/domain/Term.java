package org.continuum.review.domain;

import java.time.LocalDate;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Wording;

/**
 * The two review terms of an academic year: fall (July to December) and spring (January to June).
 */
public enum Term {
  FALL(Wording.of("term.FALL.label")),
  SPRING(Wording.of("term.SPRING.label"));

  private final String label;

  Term(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public LocalDate start(AcademicYear year) {
    return this == FALL ? year.start() : year.start().plusMonths(6);
  }

  public LocalDate end(AcademicYear year) {
    return this == FALL ? year.start().plusMonths(6).minusDays(1) : year.end();
  }

  /** The term a day falls in. */
  public static Term containing(LocalDate day) {
    return day.getMonthValue() >= 7 ? FALL : SPRING;
  }
}
