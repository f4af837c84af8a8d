package org.continuum.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.continuum.testclient.CastTest;
import org.junit.jupiter.api.Test;

/** The institution's seal check over the API and on its page: administrators only. */
class SealCheckIT extends CastTest {

  @Override
  protected String fixture() {
    return "two-programs";
  }

  @Test
  void anAdministratorChecksEverySealAndSeesTheTotals() {
    HttpResponse<String> run = client.postJson("/api/v1/seal-checks", "{}", auth("admin"));
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    JsonObject body = json(run);
    assertThat(body.getString("finishedAt")).endsWith("Z");
    assertThat(body.getJsonObject("evaluations").getInt("checked")).isGreaterThanOrEqualTo(0);
    assertThat(body.getJsonObject("reviews").containsKey("failing")).isTrue();

    HttpResponse<String> latest = client.get("/api/v1/seal-checks/latest", auth("admin"));
    assertThat(latest.statusCode()).isEqualTo(200);
    assertThat(json(latest).getString("finishedAt")).isEqualTo(body.getString("finishedAt"));

    var admin = cast.signedIn("admin");
    String page = admin.get("/admin/seals.xhtml").body();
    assertThat(page).contains("Checked ").contains("records checked");
  }

  @Test
  void nobodyElseRunsOrReadsTheInstitutionsCheck() {
    for (String who : new String[] {"directorA", "coordinatorA", "residentA"}) {
      assertThat(client.postJson("/api/v1/seal-checks", "{}", auth(who)).statusCode())
          .as(who)
          .isEqualTo(403);
      assertThat(client.get("/api/v1/seal-checks/latest", auth(who)).statusCode())
          .as(who)
          .isEqualTo(403);
    }
    var director = cast.signedIn("directorA");
    assertThat(director.get("/admin/seals.xhtml").statusCode()).isIn(302, 403, 404);
  }
}
