package org.continuum.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.evaluation.application.MilestoneEvidence;
import org.continuum.evaluation.domain.CohortRating;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.program.domain.RosterRow;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.MilestoneTargets;
import org.continuum.review.application.PeriodView;
import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.MilestoneTarget;
import org.continuum.review.domain.RatingTally;
import org.continuum.review.domain.Standing;
import org.continuum.review.domain.TargetPlan;
import org.continuum.review.domain.Targets;
import org.continuum.shared.application.ExportFormat;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.application.Table;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * The program director's dashboard: the heat map of a review period, early warnings, and faculty
 * completion of evaluations. Each part reads projections bounded by the program's cohort and the
 * period (one ratings query, one final-levels query, one grouped completion query), never entity
 * graphs, so its cost follows the cohort, not the database.
 */
@ApplicationScoped
@Transactional
public class ProgramDashboard {

  @Inject InstitutionTime time;
  @Inject AccessPolicy access;
  @Inject CccReviews reviews;
  @Inject MilestoneEvidence evidence;
  @Inject MinimumsReport minimums;
  @Inject MilestoneTargets targets;
  @Inject SealAudit seals;

  /**
   * What the dashboard shows at once: the periods to choose from, the heat map of the chosen one
   * (none before the first period opens), the minimums report, and the early warnings drawn from
   * the latest heat map and that report. One transaction, each aggregate read once: asking for the
   * parts one by one reads the heat map twice (early warnings need it) and the periods three times.
   */
  public DashboardOverview overview(long programId, Long periodId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER);
    List<PeriodView> periods = reviews.periods(programId);
    // a period asked for by id must be the program's, even before the first one opens
    HeatMap chosen =
        periods.isEmpty() && periodId == null ? null : heatMap(programId, periods, periodId);
    HeatMap latest =
        chosen == null || periodId == null || periods.get(0).id() == periodId
            ? chosen
            : heatMap(programId, periods, null);
    MinimumsReport.Report report = minimums.report(programId, null);
    return new DashboardOverview(
        periods, chosen, report, warnings(latest, report), seals.latestFor(programId).orElse(null));
  }

  /**
   * The heat map of a period (its final levels once finalised, else the faculty medians so far).
   */
  public HeatMap heatMap(long programId, Long periodId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER);
    List<PeriodView> periods = reviews.periods(programId);
    if (periods.isEmpty()) {
      throw new RuleViolationException(Wording.of("programDashboard.reviewPeriodYetOpen"));
    }
    return heatMap(programId, periods, periodId);
  }

  /**
   * Trainees to act on now: levels under the configured rule in the latest period, or minimums
   * behind pace.
   */
  public List<EarlyWarning> earlyWarnings(long programId) {
    return overview(programId, null).earlyWarnings();
  }

  private HeatMap heatMap(long programId, List<PeriodView> periods, Long periodId) {
    PeriodView period = choose(periods, periodId);
    List<SubcompetencyView> subs = reviews.subcompetenciesOf(programId);
    Map<Long, Map<String, String>> levels = levels(programId, period);
    List<HeatMap.Row> rows = new ArrayList<>();
    TargetPlan plan = targets.plan(programId);
    for (RosterRow t : reviews.rosterOf(programId, new AcademicYear(period.academicYear()))) {
      MilestoneLevel target = targetOf(plan, MilestoneTarget.ALL, t, period);
      Map<String, String> mine = levels.getOrDefault(t.traineeId(), Map.of());
      List<HeatMap.Cell> cells = new ArrayList<>();
      for (SubcompetencyView sub : subs) {
        String level = mine.get(sub.code());
        MilestoneLevel expected = targetOf(plan, sub.code(), t, period);
        cells.add(
            new HeatMap.Cell(level == null ? "" : level, status(level, expected), expected.text()));
      }
      rows.add(new HeatMap.Row(t.traineeId(), t.displayName(), t.pgy(), target.text(), cells));
    }
    return new HeatMap(
        period.label(),
        period.finalised() ? "final levels" : "faculty medians so far this period",
        subs.stream().map(SubcompetencyView::code).toList(),
        subs.stream().map(SubcompetencyView::title).toList(),
        rows);
  }

  /**
   * Flags a trainee with a level the heat map marks below its target, and one behind pace on a
   * minimum, saying which and against what: the warnings and the map use the same targets, so a
   * trainee the map shows on target is never flagged. The heat map may be null (no period yet):
   * then only minimums raise a flag.
   */
  private List<EarlyWarning> warnings(HeatMap map, MinimumsReport.Report report) {
    Map<Long, List<String>> reasons = belowTarget(map);
    Map<Long, HeatMap.Row> byTrainee = new HashMap<>();
    for (HeatMap.Row row : map == null ? List.<HeatMap.Row>of() : map.rows()) {
      byTrainee.put(row.traineeId(), row);
    }
    for (MinimumsReport.Row row : report.rows()) {
      if (row.behind() > 0) {
        reasons
            .computeIfAbsent(row.traineeId(), k -> new ArrayList<>())
            .add("behind pace on " + row.behind() + (row.behind() == 1 ? " minimum" : " minimums"));
        byTrainee.putIfAbsent(
            row.traineeId(),
            new HeatMap.Row(row.traineeId(), row.traineeName(), row.pgy(), "", List.of()));
      }
    }
    List<EarlyWarning> warnings = new ArrayList<>();
    reasons.forEach(
        (id, why) -> {
          HeatMap.Row row = byTrainee.get(id);
          warnings.add(new EarlyWarning(id, row.name(), row.pgy(), why));
        });
    return warnings;
  }

  /** Per faculty member, the evaluations due this academic year: asked, signed, open, overdue. */
  public List<CompletionRow> facultyCompletion(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER);
    AcademicYear year = AcademicYear.containing(time.today());
    return evidence.completion(programId, year.start(), year.end(), time.today());
  }

  public Table heatMapTable(HeatMap map) {
    List<String> headers = new ArrayList<>(List.of("Trainee", "PGY", "Target"));
    headers.addAll(map.codes());
    List<List<Object>> rows = new ArrayList<>();
    for (HeatMap.Row r : map.rows()) {
      List<Object> cells =
          new ArrayList<>(List.of(r.name(), r.pgy() == null ? "" : r.pgy(), r.target()));
      r.cells().forEach(c -> cells.add(c.level()));
      rows.add(cells);
    }
    return new Table(
        Wording.of("programDashboard.milestones", map.periodLabel(), map.basis()), headers, rows);
  }

  public Table completionTable(List<CompletionRow> rows) {
    List<List<Object>> cells = new ArrayList<>();
    for (CompletionRow r : rows) {
      cells.add(
          List.of(
              r.evaluatorName(), r.requested(), r.signed(), r.open(), r.overdue(), r.percent()));
    }
    return new Table(
        Wording.of("programDashboard.facultyCompletionEvaluations"),
        List.of("Faculty", "Asked", "Signed", "Open", "Overdue", "Signed %"),
        cells);
  }

  /** The file name of an export. */
  public String fileName(String what, long programId, ExportFormat format) {
    return what + "-" + programId + "-" + time.today() + "." + format.extension();
  }

  private static PeriodView choose(List<PeriodView> periods, Long periodId) {
    if (periodId == null) {
      return periods.get(0);
    }
    return periods.stream()
        .filter(p -> p.id() == periodId)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("programDashboard.review")));
  }

  /** Trainee to code to level: final levels, or the median of faculty ratings in the period. */
  private Map<Long, Map<String, String>> levels(long programId, PeriodView period) {
    Map<Long, Map<String, String>> levels = new HashMap<>();
    if (period.finalised()) {
      reviews
          .finalLevelsOf(period.id())
          .forEach(
              f ->
                  levels
                      .computeIfAbsent(f.getTraineeId(), k -> new HashMap<>())
                      .put(f.getSubcompetencyCode(), f.getLevel().text()));
      return levels;
    }
    Map<Long, Map<String, RatingTally>> tallies = new HashMap<>();
    for (CohortRating r : evidence.cohortRatings(programId, period.start(), period.end())) {
      tallies
          .computeIfAbsent(r.traineeId(), k -> new HashMap<>())
          .computeIfAbsent(r.subcompetencyCode(), k -> new RatingTally())
          .add(Double.parseDouble(r.value()), r.count());
    }
    tallies.forEach(
        (trainee, byCode) -> {
          Map<String, String> mine = levels.computeIfAbsent(trainee, k -> new HashMap<>());
          byCode.forEach((code, tally) -> mine.put(code, format(tally.median())));
        });
    return levels;
  }

  /**
   * Each trainee's levels below target, as the heat map marks them, one reason per target: "below
   * the target of 3.5 for PGY-4: PC1 at 2.5, PC2 at 2".
   */
  static Map<Long, List<String>> belowTarget(HeatMap map) {
    Map<Long, List<String>> reasons = new LinkedHashMap<>();
    for (HeatMap.Row row : map == null ? List.<HeatMap.Row>of() : map.rows()) {
      Map<String, List<String>> byTarget = new LinkedHashMap<>();
      for (int i = 0; i < map.codes().size(); i++) {
        HeatMap.Cell cell = row.cells().get(i);
        if (cell.status() == Standing.BELOW) {
          byTarget
              .computeIfAbsent(cell.target(), k -> new ArrayList<>())
              .add(map.codes().get(i) + " at " + cell.level());
        }
      }
      byTarget.forEach(
          (target, levels) ->
              reasons
                  .computeIfAbsent(row.traineeId(), k -> new ArrayList<>())
                  .add(
                      "below the target of "
                          + target
                          + (row.pgy() == null ? "" : " for PGY-" + row.pgy())
                          + ": "
                          + String.join(", ", levels)));
    }
    return reasons;
  }

  private static MilestoneLevel targetOf(
      TargetPlan plan, String code, RosterRow t, PeriodView period) {
    return plan.expected(
        code, t.startDate(), t.expectedGraduation(), period.term(), period.start(), period.end());
  }

  static Standing status(String level, MilestoneLevel target) {
    return Targets.standing(level, target);
  }

  private static String format(double level) {
    return level % 1 == 0 ? String.valueOf((int) level) : String.valueOf(level);
  }
}
