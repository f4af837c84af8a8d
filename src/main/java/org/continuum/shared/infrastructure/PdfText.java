package org.continuum.shared.infrastructure;

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

/**
 * A text-only PDF on US Letter pages with PDFBox, laid down line after line, wrapped to the width,
 * page after page. Uses the standard Helvetica fonts (nothing to embed); characters they cannot
 * show are replaced, so any narrative prints. Reports compose their documents from its lines.
 */
public final class PdfText implements AutoCloseable {

  private static final float MARGIN = 54;
  private static final float WIDTH = PDRectangle.LETTER.getWidth() - 2 * MARGIN;

  private final PDDocument document = new PDDocument();
  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
  private PDPageContentStream content;
  private float y;

  public PdfText() {
    newPage();
  }

  public PdfText title(String text) {
    return line(text, 16, true);
  }

  public PdfText heading(String text) {
    return line(text, 13, true);
  }

  public PdfText gap() {
    y -= 8;
    return this;
  }

  public PdfText line(String text, float size, boolean strong) {
    PDType1Font font = strong ? bold : regular;
    try {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Finishes the last page and writes the document; the stream stays open. */
  public void save(OutputStream out) {
    try {
      content.close();
      document.save(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void newPage() {
    PDPage page = new PDPage(PDRectangle.LETTER);
    document.addPage(page);
    try {
      content = new PDPageContentStream(document, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
