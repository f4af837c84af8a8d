package org.continuum.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import org.continuum.review.application.EvidencePacket;
import org.continuum.review.application.PacketPdf;
import org.continuum.review.application.PacketRow;
import org.continuum.review.application.PlanView;
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
      pdf.title("Competency committee evidence packet")
          .line(
              packet.traineeName() + (packet.pgy() == null ? "" : ", PGY-" + packet.pgy()),
              12,
              true)
          .line(programName + " - " + packet.period().label() + " review", 10, false)
          .line("Confidential: for the competency committee and the program director.", 9, false)
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
    pdf.heading("Subcompetencies");
    for (PacketRow r : packet.rows()) {
      pdf.line(r.code() + "  " + r.title(), 10, true)
          .line(
              "Target "
                  + r.target()
                  + (r.previousFinal() == null ? "" : "; last final level " + r.previousFinal()),
              9,
              false)
          .line("Faculty this period: " + r.faculty().summary(), 9, false)
          .line(
              "Direct observation: "
                  + r.observations().summary()
                  + ".  Self: "
                  + r.self().summary(),
              9,
              false)
          .line("Before this period: " + r.before().summary(), 9, false);
      if (!r.modules().isEmpty()) {
        pdf.line("Case modules: " + String.join("; ", r.modules()), 9, false);
      }
      String decided =
          r.finalLevel() != null
              ? "Final level " + r.finalLevel()
              : r.proposedLevel() != null
                  ? "Proposed level " + r.proposedLevel()
                  : "No level proposed yet";
      pdf.line(decided + (r.rationale() == null ? "" : ": " + r.rationale()), 9, true).gap();
    }
  }

  private static void minimums(PdfText pdf, EvidencePacket packet) {
    pdf.heading("Procedure minimums");
    if (packet.minimums().isEmpty()) {
      pdf.line("No minimums set.", 9, false);
    }
    for (EvidencePacket.MinimumLine m : packet.minimums()) {
      pdf.line(
          m.label() + ": " + m.verified() + " of " + m.required() + " verified (" + m.pace() + ")",
          9,
          false);
    }
    pdf.gap();
  }

  private static void previousPlan(PdfText pdf, PlanView plan) {
    pdf.heading("Learning plan from the previous review");
    if (plan == null) {
      pdf.line("No learning plan after the previous review.", 9, false).gap();
      return;
    }
    pdf.line(
        "After the " + plan.periodLabel() + " review (" + plan.status().label() + ")", 9, false);
    for (PlanView.Goal g : plan.goals()) {
      pdf.line(g.printed(), 9, false);
    }
    pdf.gap();
  }

  private static void comments(PdfText pdf, EvidencePacket packet) {
    pdf.heading("Comments in this period");
    if (packet.comments().isEmpty()) {
      pdf.line("No comments in this period.", 9, false);
    }
    for (EvidencePacket.Comment c : packet.comments()) {
      pdf.line(c.kind() + ", " + c.author() + ", " + c.periodEnd() + " - " + c.prompt(), 8, false)
          .line(c.text(), 9, false);
    }
  }
}
