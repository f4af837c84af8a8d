package org.continuum.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import org.continuum.review.application.EvidencePacket;
import org.continuum.review.application.PacketPdf;
import org.continuum.review.application.PacketRow;
import org.continuum.review.application.PlanView;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.PdfText;

/**
 * The evidence packet as a PDF: a header, one block per subcompetency, the minimums and the
 * comments.
 */
@ApplicationScoped
public class PdfBoxPacketPdf implements PacketPdf {

  @Override
  public void write(EvidencePacket packet, String programName, OutputStream out) {
    try (PdfText pdf = new PdfText()) {
      pdf.title(Wording.of("pdfBoxPacketPdf.competencyCommitteeEvidencePacket"))
          .line(
              packet.traineeName() + (packet.pgy() == null ? "" : ", PGY-" + packet.pgy()),
              12,
              true)
          .line(
              Wording.of("pdfBoxPacketPdf.review", programName, packet.period().label()), 10, false)
          .line(Wording.of("pdfBoxPacketPdf.confidentialCompetencyCommitteeProgram"), 9, false)
          .line(packet.seals().describe(), 9, !packet.seals().allTrustworthy())
          .gap();
      rows(pdf, packet);
      minimums(pdf, packet);
      previousPlan(pdf, packet.previousPlan());
      comments(pdf, packet);
      pdf.save(out);
    }
  }

  private static void rows(PdfText pdf, EvidencePacket packet) {
    pdf.heading(Wording.of("pdfBoxPacketPdf.subcompetencies"));
    for (PacketRow r : packet.rows()) {
      pdf.line(r.code() + "  " + r.title(), 10, true)
          .line(
              Wording.of(
                  "pdfBoxPacketPdf.target",
                  r.target(),
                  (r.previousFinal() == null ? "" : "; last final level " + r.previousFinal())),
              9,
              false)
          .line(Wording.of("pdfBoxPacketPdf.facultyPeriod", r.faculty().summary()), 9, false)
          .line(
              Wording.of(
                  "pdfBoxPacketPdf.directObservationSelf",
                  r.observations().summary(),
                  r.self().summary()),
              9,
              false)
          .line(Wording.of("pdfBoxPacketPdf.beforePeriod", r.before().summary()), 9, false);
      if (!r.modules().isEmpty()) {
        pdf.line(
            Wording.of("pdfBoxPacketPdf.caseModules", String.join("; ", r.modules())), 9, false);
      }
      String decided =
          r.finalLevel() != null
              ? Wording.of("pdfBoxPacketPdf.finalLevel", r.finalLevel())
              : r.proposedLevel() != null
                  ? Wording.of("pdfBoxPacketPdf.proposedLevel", r.proposedLevel())
                  : Wording.of("pdfBoxPacketPdf.noLevel");
      pdf.line(decided + (r.rationale() == null ? "" : ": " + r.rationale()), 9, true).gap();
    }
  }

  private static void minimums(PdfText pdf, EvidencePacket packet) {
    pdf.heading(Wording.of("pdfBoxPacketPdf.procedureMinimums"));
    if (packet.minimums().isEmpty()) {
      pdf.line(Wording.of("pdfBoxPacketPdf.minimumsSet"), 9, false);
    }
    for (EvidencePacket.MinimumLine m : packet.minimums()) {
      pdf.line(
          Wording.of("pdfBoxPacketPdf.verified", m.label(), m.verified(), m.required(), m.pace()),
          9,
          false);
    }
    pdf.gap();
  }

  private static void previousPlan(PdfText pdf, PlanView plan) {
    pdf.heading(Wording.of("pdfBoxPacketPdf.learningPlanPreviousReview"));
    if (plan == null) {
      pdf.line(Wording.of("pdfBoxPacketPdf.learningPlanAfterPrevious"), 9, false).gap();
      return;
    }
    pdf.line(
        Wording.of("pdfBoxPacketPdf.afterReview", plan.periodLabel(), plan.status().label()),
        9,
        false);
    for (PlanView.Goal g : plan.goals()) {
      pdf.line(g.printed(), 9, false);
    }
    pdf.gap();
  }

  private static void comments(PdfText pdf, EvidencePacket packet) {
    pdf.heading(Wording.of("pdfBoxPacketPdf.commentsPeriod"));
    if (packet.comments().isEmpty()) {
      pdf.line(Wording.of("pdfBoxPacketPdf.commentsPeriod2"), 9, false);
    }
    for (EvidencePacket.Comment c : packet.comments()) {
      pdf.line(c.kind() + ", " + c.author() + ", " + c.periodEnd() + " - " + c.prompt(), 8, false)
          .line(c.text(), 9, false);
    }
  }
}
