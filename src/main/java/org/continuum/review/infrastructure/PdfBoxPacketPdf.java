package org.continuum.review.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.continuum.review.application.EvidencePacket;
import org.continuum.review.application.PacketPdf;
import org.continuum.review.application.PacketRow;

/**
 * The evidence packet on US Letter pages with PDFBox: a header, one block per subcompetency, the
 * minimums and the comments. Uses the standard Helvetica fonts (nothing to embed); characters they
 * cannot show are replaced, so any comment prints.
 */
@ApplicationScoped
public class PdfBoxPacketPdf implements PacketPdf {

  private static final float MARGIN = 54;
  private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

  @Override
  public void write(EvidencePacket packet, String programName, OutputStream out) {
    try (PDDocument document = new PDDocument()) {
      new Writer(document)
          .title("Competency committee evidence packet")
          .line(
              packet.traineeName() + (packet.pgy() == null ? "" : ", PGY-" + packet.pgy()),
              12,
              true)
          .line(programName + " - " + packet.period().label() + " review", 10, false)
          .line("Confidential: for the competency committee and the program director.", 9, false)
          .gap()
          .rows(packet.rows())
          .minimums(packet.minimums())
          .comments(packet.comments())
          .finish();
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lays text down page after page, wrapping lines to the width. */
  private static final class Writer {

    private final PDDocument document;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream content;
    private float y;

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    Writer title(String text) throws IOException {
      return line(text, 16, true);
    }

    Writer gap() {
      y -= 8;
      return this;
    }

    Writer rows(List<PacketRow> rows) throws IOException {
      line("Subcompetencies", 13, true);
      for (PacketRow r : rows) {
        line(r.code() + "  " + r.title(), 10, true);
        line(
            "Target "
                + r.target()
                + (r.previousFinal() == null ? "" : "; last final level " + r.previousFinal()),
            9,
            false);
        line("Faculty this period: " + r.faculty().summary(), 9, false);
        line(
            "Direct observation: " + r.observations().summary() + ".  Self: " + r.self().summary(),
            9,
            false);
        line("Before this period: " + r.before().summary(), 9, false);
        String decided =
            r.finalLevel() != null
                ? "Final level " + r.finalLevel()
                : r.proposedLevel() != null
                    ? "Proposed level " + r.proposedLevel()
                    : "No level proposed yet";
        line(decided + (r.rationale() == null ? "" : ": " + r.rationale()), 9, true);
        gap();
      }
      return this;
    }

    Writer minimums(List<EvidencePacket.MinimumLine> lines) throws IOException {
      line("Procedure minimums", 13, true);
      if (lines.isEmpty()) {
        line("No minimums set.", 9, false);
      }
      for (EvidencePacket.MinimumLine m : lines) {
        line(
            m.label()
                + ": "
                + m.verified()
                + " of "
                + m.required()
                + " verified ("
                + m.pace()
                + ")",
            9,
            false);
      }
      return gap();
    }

    Writer comments(List<EvidencePacket.Comment> comments) throws IOException {
      line("Comments in this period", 13, true);
      if (comments.isEmpty()) {
        line("No comments in this period.", 9, false);
      }
      for (EvidencePacket.Comment c : comments) {
        line(c.kind() + ", " + c.author() + ", " + c.periodEnd() + " - " + c.prompt(), 8, false);
        line(c.text(), 9, false);
      }
      return this;
    }

    void finish() throws IOException {
      content.close();
    }

    Writer line(String text, float size, boolean strong) throws IOException {
      PDType1Font font = strong ? bold : regular;
      for (String part : wrap(printable(font, text), font, size)) {
        if (y < MARGIN + size) {
          content.close();
          newPage();
        }
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, y - size);
        content.showText(part);
        content.endText();
        y -= size * 1.35f;
      }
      return this;
    }

    private void newPage() throws IOException {
      PDPage page = new PDPage(PDRectangle.LETTER);
      document.addPage(page);
      content = new PDPageContentStream(document, page);
      y = PDRectangle.LETTER.getHeight() - MARGIN;
    }

    private static List<String> wrap(String text, PDType1Font font, float size) throws IOException {
      List<String> lines = new ArrayList<>();
      for (String paragraph : text.split("\n")) {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
          String candidate = line.length() == 0 ? word : line + " " + word;
          if (font.getStringWidth(candidate) / 1000 * size > WIDTH && line.length() > 0) {
            lines.add(line.toString());
            line = new StringBuilder(word);
          } else {
            line = new StringBuilder(candidate);
          }
        }
        lines.add(line.toString());
      }
      return lines;
    }

    /** The text with every character the font cannot encode replaced by "?". */
    private static String printable(PDType1Font font, String text) {
      StringBuilder s = new StringBuilder();
      text.replace('\t', ' ')
          .codePoints()
          .forEach(
              c -> {
                String ch = new String(Character.toChars(c));
                try {
                  font.encode(ch);
                  s.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                  s.append(c == '\n' ? "\n" : "?");
                }
              });
      return s.toString();
    }
  }
}
