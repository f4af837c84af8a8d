package org.continuum.review.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.review.domain.Term;

/** A program's targets as its director edits them: per year of training and term. */
public record TargetGrid(int years, List<Cell> programWide, List<Override> overrides)
    implements Serializable {

  /** The target for every subcompetency at the end of one term; {@code set} null = the default. */
  public record Cell(int year, Term term, String set, String defaultLevel) implements Serializable {

    public String effective() {
      return set != null ? set : defaultLevel;
    }
  }

  /** A target set for one subcompetency. */
  public record Override(String code, int year, Term term, String level) implements Serializable {}
}
