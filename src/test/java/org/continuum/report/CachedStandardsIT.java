package org.continuum.report;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.application.MinimumForm;
import org.continuum.procedure.application.MinimumView;
import org.continuum.procedure.application.MinimumsReport;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.procedure.domain.ProcedureMinimum;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.report.application.HeatMap;
import org.continuum.report.application.ProgramDashboard;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.MilestoneTargets;
import org.continuum.review.application.PeriodView;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.Term;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard reads a program's standards, framework and review periods from Hibernate's
 * second-level cache (docs/performance.md). A cached copy must never outlive a change: each change
 * made through the application shows in the very next report.
 */
@ExtendWith(ArquillianExtension.class)
class CachedStandardsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(CachedStandardsIT.class);
  }

  @Inject Fixtures fixtures;
  @Inject MinimumsReport minimumsReport;
  @Inject ProcedureStandards standards;
  @Inject ProgramDashboard dashboard;
  @Inject CccReviews reviews;
  @Inject MilestoneTargets targets;
  @PersistenceUnit EntityManagerFactory emf;

  @Test
  void aMinimumChangedOrRemovedShowsInTheNextReport() {
    long program = fixtures.residency();
    fixtures.trainee(program, 2);
    long id = fixtures.minimum(program, "EPIDURAL", 3, TraineeRole.PERFORMED);

    MinimumView first = onlyMinimum(report(program));
    assertThat(first.requiredCount()).isEqualTo(3);
    assertThat(emf.getCache().contains(ProcedureMinimum.class, id))
        .as("the report's read left the minimum in the shared cache")
        .isTrue();

    SystemContext.run(
        () ->
            standards.save(
                program,
                new MinimumForm(
                    id,
                    first.version(),
                    "Epidurals",
                    first.categoryId(),
                    null,
                    null,
                    7,
                    Set.of(TraineeRole.PERFORMED, TraineeRole.ASSISTED),
                    Map.of(3, 4),
                    1)));
    MinimumView changed = onlyMinimum(report(program));
    assertThat(changed.requiredCount()).isEqualTo(7);
    assertThat(changed.label()).isEqualTo("Epidurals");
    assertThat(changed.countedRoles())
        .containsExactlyInAnyOrder(TraineeRole.PERFORMED, TraineeRole.ASSISTED);
    assertThat(changed.interimTargets()).containsExactly(Map.entry(3, 4));

    long second = fixtures.minimum(program, "EPIDURAL", 2, TraineeRole.PERFORMED);
    assertThat(report(program).minimums()).extracting(MinimumView::id).contains(id, second);

    SystemContext.run(() -> standards.remove(program, id, changed.version()));
    assertThat(report(program).minimums()).extracting(MinimumView::id).containsExactly(second);
  }

  @Test
  void targetsPeriodsAndTheFrameworkShowInTheNextHeatMap() {
    long program = fixtures.residency();
    fixtures.useFramework(program, "PMR");
    fixtures.trainee(program, 2);
    AcademicYear year = AcademicYear.containing(fixtures.today());
    Term term = Term.containing(fixtures.today());
    PeriodView now = SystemContext.call(() -> reviews.open(program, year, term));

    HeatMap first = heatMap(program);
    assertThat(first.periodLabel()).isEqualTo(now.label());
    assertThat(first.rows()).singleElement().extracting(HeatMap.Row::target).isNotEqualTo("4.5");
    assertThat(emf.getCache().contains(ReviewPeriod.class, now.id())).isTrue();

    for (int trainingYear = 1; trainingYear <= 4; trainingYear++) {
      for (Term t : Term.values()) {
        int y = trainingYear;
        SystemContext.run(() -> targets.set(program, "*", y, t, "4.5"));
      }
    }
    assertThat(heatMap(program).rows())
        .singleElement()
        .extracting(HeatMap.Row::target)
        .isEqualTo("4.5");

    PeriodView next =
        SystemContext.call(
            () -> reviews.open(program, new AcademicYear(year.startYear() + 1), term));
    assertThat(heatMap(program).periodLabel()).isEqualTo(next.label()).isNotEqualTo(now.label());

    List<String> pmrCodes = first.codes();
    fixtures.useFramework(program, "PAIN");
    assertThat(heatMap(program).codes()).isNotEqualTo(pmrCodes).contains("PC1");
  }

  private MinimumsReport.Report report(long program) {
    return SystemContext.call(() -> minimumsReport.report(program, null));
  }

  private HeatMap heatMap(long program) {
    return SystemContext.call(() -> dashboard.heatMap(program, null));
  }

  private static MinimumView onlyMinimum(MinimumsReport.Report report) {
    assertThat(report.minimums()).hasSize(1);
    return report.minimums().get(0);
  }
}
