package org.continuum.learning.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A module file's Markdown cannot script the page it is shown on. */
class ModuleTextTest {

  @Test
  void rendersMarkdownAndEscapesRawHtml() {
    String html =
        ModuleText.html("A **knee** <script>alert(1)</script> <img src=x onerror=alert(2)>");
    assertThat(html).contains("<strong>knee</strong>");
    assertThat(html).doesNotContain("<script").doesNotContain("<img");
    assertThat(html).contains("&lt;script&gt;");
  }

  @Test
  void dropsScriptLinks() {
    assertThat(ModuleText.html("[click](javascript:alert(1))")).doesNotContain("javascript:");
  }
}
