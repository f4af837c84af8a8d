package org.continuum.review.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.MilestoneTarget;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.review.domain.TargetPlan;
import org.continuum.review.domain.Targets;
import org.continuum.review.domain.Term;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * The target levels a program expects, by year of training and review term, for all subcompetencies
 * or one. Set by the program director; read by the committee and the dashboard.
 */
@ApplicationScoped
@Transactional
public class MilestoneTargets {

  @Inject AccessPolicy access;
  @Inject ReviewRepository reviews;
  @Inject ProgramDirectory programs;
  @Inject CccReviews committee;
  @Inject AuditTrail audit;

  public TargetGrid grid(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER);
    int years = programs.get(programId).lengthYears();
    List<MilestoneTarget> targets = reviews.targets(programId);
    // the default path for someone starting on 1 July, as the grid's reference
    LocalDate start = LocalDate.of(2000, 7, 1);
    LocalDate graduation = start.plusYears(years).minusDays(1);
    List<TargetGrid.Cell> cells = new ArrayList<>();
    for (int year = 1; year <= years; year++) {
      for (Term term : Term.values()) {
        LocalDate end =
            term == Term.FALL
                ? start.plusYears(year - 1).plusMonths(6).minusDays(1)
                : start.plusYears(year).minusDays(1);
        int y = year;
        String set =
            targets.stream()
                .filter(t -> t.getSubcompetencyCode().equals(MilestoneTarget.ALL))
                .filter(t -> t.getTrainingYear() == y && t.getTerm() == term)
                .map(t -> t.getLevel().text())
                .findFirst()
                .orElse(null);
        cells.add(
            new TargetGrid.Cell(year, term, set, Targets.expected(start, graduation, end).text()));
      }
    }
    List<TargetGrid.Override> overrides =
        targets.stream()
            .filter(t -> !t.getSubcompetencyCode().equals(MilestoneTarget.ALL))
            .map(
                t ->
                    new TargetGrid.Override(
                        t.getSubcompetencyCode(),
                        t.getTrainingYear(),
                        t.getTerm(),
                        t.getLevel().text()))
            .toList();
    return new TargetGrid(years, cells, overrides);
  }

  /**
   * Sets the target for all subcompetencies ({@code code} "*") or one; a blank level removes it, so
   * the default applies again.
   */
  public void set(long programId, String code, int year, Term term, String level) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    String which = code == null || code.isBlank() ? MilestoneTarget.ALL : code.strip();
    if (!which.equals(MilestoneTarget.ALL)
        && committee.subcompetenciesOf(programId).stream().noneMatch(s -> s.code().equals(which))) {
      throw new RecordNotFoundException(Wording.of("milestoneTargets.subcompetency"));
    }
    var existing = reviews.target(programId, which, year, term);
    if (level == null || level.isBlank()) {
      existing.ifPresent(reviews::remove);
    } else {
      MilestoneLevel parsed = MilestoneLevel.parse(level);
      if (existing.isPresent()) {
        existing.get().expect(parsed);
      } else {
        MilestoneTarget target =
            new MilestoneTarget(
                programId, which, year, term, programs.get(programId).lengthYears());
        target.expect(parsed); // before persisting: the id comes from the insert
        reviews.add(target);
      }
    }
    reviews.flush();
    audit.record(
        AuditEventType.MILESTONE_TARGET_SET,
        "milestone-target",
        null,
        programId,
        which
            + " year "
            + year
            + " "
            + term
            + ": "
            + (level == null || level.isBlank() ? "default" : level));
  }

  /** The program's targets resolved per trainee; the caller has checked access. */
  public TargetPlan plan(long programId) {
    return new TargetPlan(reviews.targets(programId));
  }
}
