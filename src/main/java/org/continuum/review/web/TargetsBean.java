package org.continuum.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.MilestoneTargets;
import org.continuum.review.application.TargetGrid;
import org.continuum.review.domain.Term;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * The program's target levels: one per year of training and term for every subcompetency, and
 * targets for single subcompetencies where they differ.
 */
@Named("targets")
@ViewScoped
public class TargetsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MilestoneTargets targets;
  @Inject CccReviews reviews;
  @Inject ProgramContext page;

  private TargetGrid grid;
  private final Map<String, String> levels = new HashMap<>();
  private List<SubcompetencyView> subcompetencies;

  private String code;
  private int year = 1;
  private Term term = Term.SPRING;
  private String level;

  public void load() {
    grid = targets.grid(page.getProgramId());
    levels.clear();
    grid.programWide().forEach(c -> levels.put(key(c), c.set()));
  }

  /** Saves every program-wide cell that changed. */
  public void saveProgramWide() {
    int changed = 0;
    for (TargetGrid.Cell c : grid.programWide()) {
      String wanted = levels.get(key(c));
      String now = c.set();
      if (!java.util.Objects.equals(blankToNull(wanted), now)) {
        targets.set(page.getProgramId(), null, c.year(), c.term(), wanted);
        changed++;
      }
    }
    load();
    UserMessages.info(
        changed == 0
            ? Wording.of("targetsBean.nothingChanged")
            : Wording.of("targetsBean.targetsSaved", changed));
  }

  public void saveOverride() {
    targets.set(page.getProgramId(), code, year, term, level);
    load();
    UserMessages.info(Wording.of("targetsBean.targetSaved", code));
  }

  public void removeOverride(TargetGrid.Override o) {
    targets.set(page.getProgramId(), o.code(), o.year(), o.term(), null);
    load();
    UserMessages.info(Wording.of("targetsBean.targetRemovedProgramWide", o.code()));
  }

  public String key(TargetGrid.Cell c) {
    return c.year() + "-" + c.term();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public List<SubcompetencyView> getSubcompetencies() {
    if (subcompetencies == null) {
      subcompetencies = reviews.subcompetenciesOf(page.getProgramId());
    }
    return subcompetencies;
  }

  public List<Integer> getYears() {
    return java.util.stream.IntStream.rangeClosed(1, grid.years()).boxed().toList();
  }

  public List<String> getChoices() {
    return PacketBean.LEVELS;
  }

  public List<Term> getTerms() {
    return List.of(Term.values());
  }

  public TargetGrid getGrid() {
    return grid;
  }

  public Map<String, String> getLevels() {
    return levels;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public int getYear() {
    return year;
  }

  public void setYear(int year) {
    this.year = year;
  }

  public Term getTerm() {
    return term;
  }

  public void setTerm(Term term) {
    this.term = term;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }
}
