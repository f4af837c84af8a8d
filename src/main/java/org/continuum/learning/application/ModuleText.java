package org.continuum.learning.application;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Module Markdown as HTML for the page. Raw HTML in a module file is escaped, never passed through,
 * and link targets are sanitised, so an uploaded file cannot script the page.
 */
public final class ModuleText {

  private static final Parser PARSER = Parser.builder().build();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  private ModuleText() {}

  public static String html(String markdown) {
    return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
  }
}
