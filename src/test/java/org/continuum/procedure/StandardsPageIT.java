package org.continuum.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The program director's standards form refuses a count it cannot take, saying which field and
 * which rule, and keeps what was typed: "-5" is not read as 5, and "ten" is not wiped.
 */
class StandardsPageIT extends CastTest {

  @Override
  protected String fixture() {
    return "procedure-programs";
  }

  @Test
  void aRequiredCountOutOfRangeOrNotANumberIsRefusedAndKept() {
    WebClient director = cast.signedIn("directorA");
    String page = "/program/standards.xhtml?program=" + cast.id("programA");

    HttpResponse<String> negative = save(director, page, "-5");
    assertThat(negative.body())
        .contains("Required must be between 1 and 5,000.")
        .contains("value=\"-5\"")
        .doesNotContain("Validation Error");

    HttpResponse<String> words = save(director, page, "ten");
    assertThat(words.body()).contains("Required must be a whole number").contains("value=\"ten\"");
  }

  private static HttpResponse<String> save(WebClient director, String page, String count) {
    HttpResponse<String> form = director.get(page);
    assertThat(form.statusCode()).isEqualTo(200);
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("editForm", "editForm");
    fields.put("editForm:label", "Lumbar TFESI");
    fields.put("editForm:requiredCount", count);
    fields.put("editForm:save", "");
    return director.postForm(page, WebClient.withPageTokens(fields, form.body()));
  }
}
