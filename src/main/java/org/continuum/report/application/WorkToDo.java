package org.continuum.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.continuum.evaluation.application.MilestoneEvidence;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.procedure.application.ProgramLogs;
import org.continuum.review.application.CccReviews;
import org.continuum.review.application.PeriodView;
import org.continuum.review.domain.Term;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.AcademicYear;

/** The home of a program's director and coordinator: what to chase today, per program. */
@ApplicationScoped
public class WorkToDo {

  @Inject AccessPolicy access;
  @Inject MilestoneEvidence evidence;
  @Inject ProgramLogs logs;
  @Inject Requirements requirements;
  @Inject CccReviews reviews;
  @Inject InstitutionTime time;

  public ProgramWork of(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    LocalDate today = time.today();
    AcademicYear year = AcademicYear.containing(today);
    List<CompletionRow> overdue =
        evidence.completion(programId, year.start(), year.end(), today).stream()
            .filter(r -> r.overdue() > 0)
            .sorted(Comparator.comparingLong(CompletionRow::overdue).reversed())
            .toList();
    RequirementOverview overview = requirements.overview(programId);
    List<RequirementOverview.Row> behind =
        overview.rows().stream()
            .filter(
                r -> r.minimumsBehind() > 0 || r.evaluationsOverdue() > 0 || r.modulesOverdue() > 0)
            .toList();
    Term term = Term.containing(today);
    LocalDate ends = term.end(year);
    ProgramWork.Review review =
        new ProgramWork.Review(
            term.label() + " " + year.label(),
            ends,
            ChronoUnit.DAYS.between(today, ends),
            reviews.currentPeriod(programId).map(PeriodView::status).orElse(null));
    return new ProgramWork(programId, overdue, logs.waitingLong(programId), behind, review);
  }
}
