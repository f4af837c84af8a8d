package org.continuum.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.Map;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.procedure.application.ProgramProgress;
import org.continuum.procedure.application.ProgressLine;
import org.continuum.report.application.Portfolio;
import org.continuum.report.application.PortfolioPdf;
import org.continuum.review.application.PlanView;
import org.continuum.review.application.Trajectory;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.PdfText;

/**
 * The portfolio as a PDF: who and where, the milestone levels review by review, the minimums, the
 * evaluations and the learning plans.
 */
@ApplicationScoped
public class PdfBoxPortfolioPdf implements PortfolioPdf {

  @Inject InstitutionTime time;

  @Override
  public void write(Portfolio portfolio, OutputStream out) {
    ProgramProgress who = portfolio.minimums();
    try (PdfText pdf = new PdfText()) {
      pdf.title(Wording.of("pdfBoxPortfolioPdf.trainingPortfolio"))
          .line(portfolio.traineeName() + (who.pgy() == null ? "" : ", PGY-" + who.pgy()), 12, true)
          .line(portfolio.programName(), 10, false)
          .line(
              Wording.of(
                  "pdfBoxPortfolioPdf.startedExpectedGraduateRecords",
                  who.startDate(),
                  who.expectedGraduation(),
                  portfolio.asOf()),
              9,
              false)
          .line(portfolio.seals().describe(), 9, !portfolio.seals().allTrustworthy())
          .gap();
      milestones(pdf, portfolio.milestones());
      minimums(pdf, who);
      evaluations(pdf, portfolio);
      plans(pdf, portfolio);
      pdf.save(out);
    }
  }

  private static void milestones(PdfText pdf, Trajectory t) {
    pdf.heading(Wording.of("pdfBoxPortfolioPdf.milestoneLevelsEachReview"));
    if (t.periods().isEmpty()) {
      pdf.line(Wording.of("pdfBoxPortfolioPdf.reviewHasBeenFinalized"), 9, false).gap();
      return;
    }
    for (Trajectory.Line line : t.lines()) {
      StringBuilder levels = new StringBuilder();
      for (int i = 0; i < t.periods().size(); i++) {
        Trajectory.Point p = line.points().get(i);
        levels
            .append(i == 0 ? "" : ";  ")
            .append(t.periods().get(i))
            .append(": ")
            .append(p.level().isEmpty() ? "-" : p.level())
            .append(" (target ")
            .append(p.target())
            .append(')');
      }
      pdf.line(line.code() + "  " + line.title(), 9, true).line(levels.toString(), 9, false);
    }
    pdf.gap();
  }

  private static void minimums(PdfText pdf, ProgramProgress progress) {
    pdf.heading(Wording.of("pdfBoxPortfolioPdf.procedureMinimums"));
    if (progress.lines().isEmpty()) {
      pdf.line(Wording.of("pdfBoxPortfolioPdf.programSetsMinimums"), 9, false);
    }
    for (ProgressLine l : progress.lines()) {
      pdf.line(
          Wording.of(
              "pdfBoxPortfolioPdf.verifiedWaitingVerification",
              l.minimum().label(),
              l.progress().verified(),
              l.progress().required(),
              l.progress().pending(),
              l.progress().status().title()),
          9,
          false);
    }
    pdf.gap();
  }

  private void evaluations(PdfText pdf, Portfolio portfolio) {
    pdf.heading(Wording.of("pdfBoxPortfolioPdf.signedEvaluations"));
    Map<EvaluationKind, Integer> counts = new EnumMap<>(EvaluationKind.class);
    portfolio.evaluations().forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
    if (counts.isEmpty()) {
      pdf.line(Wording.of("pdfBoxPortfolioPdf.signedEvaluationsYet"), 9, false);
    }
    counts.forEach((kind, n) -> pdf.line(kind.label() + ": " + n, 9, false));
    pdf.gap();
    for (EvaluationRow e : portfolio.evaluations()) {
      pdf.line(
          e.signedAt().atZone(time.zone()).toLocalDate()
              + "  "
              + e.formTitle()
              + " - "
              + e.evaluatorName()
              + (e.rotationName() == null ? "" : ", " + e.rotationName()),
          8,
          false);
    }
    pdf.gap();
  }

  private static void plans(PdfText pdf, Portfolio portfolio) {
    pdf.heading(Wording.of("pdfBoxPortfolioPdf.learningPlans"));
    if (portfolio.plans().isEmpty()) {
      pdf.line(Wording.of("pdfBoxPortfolioPdf.learningPlanHasBeen"), 9, false);
    }
    for (PlanView plan : portfolio.plans()) {
      pdf.line(
          Wording.of("pdfBoxPortfolioPdf.afterReview", plan.periodLabel(), plan.status().label()),
          9,
          true);
      for (PlanView.Goal g : plan.goals()) {
        pdf.line(g.printed(), 9, false);
      }
    }
  }
}
