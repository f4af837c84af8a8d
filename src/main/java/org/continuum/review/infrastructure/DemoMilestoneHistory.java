package org.continuum.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.program.domain.RosterRow;
import org.continuum.review.domain.FinalLevel;
import org.continuum.review.domain.MilestoneLevel;
import org.continuum.review.domain.ReviewPeriod;
import org.continuum.review.domain.ReviewRepository;
import org.continuum.review.domain.Targets;
import org.continuum.review.domain.Term;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.Sealer;
import org.continuum.shared.domain.Wording;

/**
 * Gives the demo programs a history of finalised milestone reviews, as a program moving from an
 * earlier system would import it: the {@code periods} reviews before the current one, each with a
 * final level per trainee and subcompetency drawn around the default path to level 4, and the
 * current review opened. The same seed gives the same history.
 */
@ApplicationScoped
public class DemoMilestoneHistory implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      long seed,
      int periods,
      List<String> programs) {}

  @Inject Sealer sealer;
  @Inject ProgramAdministration programs;
  @Inject Enrollments enrollments;
  @Inject Frameworks frameworks;
  @Inject ReviewRepository reviews;
  @Inject InstitutionTime time;
  @Inject Clock clock;

  @Override
  public boolean demoOnly() {
    return true;
  }

  @Override
  public String kind() {
    return "demo-milestone-history";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    Random random = new Random(d.seed());
    List<String> report = new ArrayList<>();
    LocalDate today = time.today();
    for (String code : d.programs() == null ? List.<String>of() : d.programs()) {
      ProgramView program = programs.requireByCode("programs", code);
      List<SubcompetencyView> subs =
          frameworks.ofProgram(program.id()).map(FrameworkView::subcompetencies).orElse(List.of());
      AcademicYear year = AcademicYear.containing(today);
      Term term = Term.containing(today);
      if (reviews.period(program.id(), year.startYear(), term).isEmpty()) {
        reviews.add(ReviewPeriod.open(program.id(), year, term));
      }
      int made = 0;
      for (int back = 1; back <= d.periods(); back++) {
        term = term == Term.FALL ? Term.SPRING : Term.FALL;
        if (term == Term.SPRING) {
          year = new AcademicYear(year.startYear() - 1);
        }
        if (reviews.period(program.id(), year.startYear(), term).isPresent()) {
          continue;
        }
        made += history(program.id(), year, term, subs, random);
      }
      report.add(
          Wording.of("demoMilestoneHistory.importedFinalLevelsOver", code, made, d.periods()));
    }
    return report;
  }

  private int history(
      long programId, AcademicYear year, Term term, List<SubcompetencyView> subs, Random random) {
    ReviewPeriod period = ReviewPeriod.open(programId, year, term);
    reviews.add(period);
    reviews.flush();
    List<FinalLevel> levels = new ArrayList<>();
    for (RosterRow trainee : enrollments.wholeRoster(programId, year, Map.of())) {
      if (trainee.startDate().isAfter(period.end())) {
        continue;
      }
      double path =
          Targets.expected(trainee.startDate(), trainee.expectedGraduation(), period.end())
              .asDouble();
      double bent = (trainee.traineeId() % 3 - 1) * 0.5; // some ahead, some behind, steadily
      for (SubcompetencyView sub : subs) {
        double level = path + bent + (random.nextInt(3) - 1) * 0.5;
        FinalLevel f =
            new FinalLevel(
                period,
                trainee.traineeId(),
                sub.code(),
                MilestoneLevel.nearest(level),
                FinalLevel.Source.IMPORTED);
        reviews.add(f);
        levels.add(f);
      }
    }
    Instant at = period.end().plusDays(20).atStartOfDay(time.zone()).toInstant();
    if (at.isAfter(clock.instant())) {
      at = clock.instant();
    }
    period.finaliseAsImported(at, levels, sealer);
    reviews.flush();
    return levels.size();
  }
}
