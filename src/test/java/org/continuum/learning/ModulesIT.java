package org.continuum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.bearer;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.continuum.testclient.Deployments;
import org.continuum.testclient.WebClient;
import org.continuum.testsupport.ModuleSamples;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Case modules through the API and the page: a director's upload with problems by line, a trainee
 * working a module stage by stage with no answer key before an answer (in the JSON and in the
 * page), resuming, scoring, retake rules, requirements in the matrix, analytics, and who may see
 * what.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ModulesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final Map<String, String> tokens = new HashMap<>();
  private JsonObject cast;
  private WebClient client;

  @Test
  void aTraineeWorksAModuleTheDirectorRequiredAndSeesTheResult() {
    client = WebClient.at(base);
    cast = client.fixture("module-programs");
    String a = "/api/v1/programs/" + cast.getJsonNumber("programA");
    String b = "/api/v1/programs/" + cast.getJsonNumber("programB");
    String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
    String file = ModuleSamples.SMALL.replace("id: test-module", "id: " + code);

    // upload: problems come back one per line; a trainee cannot upload
    HttpResponse<String> bad =
        client.postText(
            a + "/modules",
            "text/markdown",
            file.replace("passMark: 50", "passMark: x"),
            auth("directorA"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("line 8: passMark must be a whole number from 0 to 100.");
    assertThat(
            client.postText(a + "/modules", "text/markdown", file, auth("residentA")).statusCode())
        .isEqualTo(403);
    HttpResponse<String> uploaded =
        client.postText(a + "/modules", "text/markdown", file, auth("directorA"));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    long moduleId = json(uploaded).getJsonNumber("moduleId").longValue();
    assertThat(
            json(client.postText(a + "/modules", "text/markdown", file, auth("directorA")))
                .getBoolean("created"))
        .as("the same file again changes nothing")
        .isFalse();
    HttpResponse<String> changed =
        client.postText(
            a + "/modules",
            "text/markdown",
            file.replace("Better.", "Much better."),
            auth("directorA"));
    assertThat(changed.statusCode()).isEqualTo(409);
    assertThat(changed.body()).contains("raise the version");

    // the module is program A's own
    assertThat(array(client.get(b + "/modules", auth("directorB"))).toString())
        .doesNotContain(code);
    assertThat(
            client
                .postJson(b + "/modules/" + moduleId + "/attempts", "{}", auth("residentB"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            client
                .postJson(a + "/modules/" + moduleId + "/attempts", "{}", auth("residentB"))
                .statusCode())
        .as("not a trainee of program A")
        .isEqualTo(404);

    // the trainee starts: stage 1 only, and nothing of the key
    JsonObject mine = card(array(client.get(a + "/modules/mine", auth("residentA"))), code);
    assertThat(mine.getString("standing")).isEqualTo("NOT_STARTED");
    HttpResponse<String> started =
        client.postJson(a + "/modules/" + moduleId + "/attempts", "{}", auth("residentA"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    JsonObject attempt = json(started);
    String path = "/api/v1/module-attempts/" + attempt.getJsonNumber("id");
    assertThat(attempt.getJsonArray("stages")).hasSize(1);
    assertThat(started.body())
        .doesNotContain("Not first")
        .doesNotContain("always")
        .doesNotContain("Examine first")
        .doesNotContain("\"correct\"")
        .doesNotContain("Load management")
        .doesNotContain("Which helped");
    WebClient page = WebClient.at(base);
    page.signIn(cast.getString("residentA"), cast.getString("password"));
    String html = page.get("/trainee/module.xhtml?attempt=" + attempt.getJsonNumber("id")).body();
    assertThat(html)
        .contains("Which test first?")
        .doesNotContain("Not first")
        .doesNotContain("Examine first")
        .doesNotContain("Which helped");

    // nobody else reads or answers it
    for (String other : new String[] {"peerA", "directorA"}) {
      assertThat(client.get(path, auth(other)).statusCode()).as(other).isEqualTo(404);
    }
    assertThat(
            client
                .postJson(
                    path + "/advance",
                    "{\"version\":" + attempt.getJsonNumber("version") + "}",
                    auth("residentA"))
                .statusCode())
        .as("the stage's question comes first")
        .isEqualTo(409);
    HttpResponse<String> ahead =
        client.postJson(path + "/answers", answer(attempt, "s2q1", "0,1"), auth("residentA"));
    assertThat(ahead.statusCode()).as("a later stage's question").isEqualTo(409);

    // answer wrong, see why; resume keeps it
    HttpResponse<String> answered =
        client.postJson(path + "/answers", answer(attempt, "s1q1", "0"), auth("residentA"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.body())
        .contains("Not first")
        .contains("Examine first")
        .doesNotContain("Which helped");
    JsonObject resumed =
        json(client.postJson(a + "/modules/" + moduleId + "/attempts", "{}", auth("residentA")));
    assertThat(resumed.getJsonNumber("id")).isEqualTo(attempt.getJsonNumber("id"));
    JsonObject q =
        resumed.getJsonArray("stages").getJsonObject(0).getJsonArray("questions").getJsonObject(0);
    assertThat(q.getBoolean("answered")).isTrue();
    assertThat(q.getBoolean("correct")).isFalse();
    assertThat(
            client
                .postJson(path + "/answers", answer(resumed, "s1q1", "1"), auth("residentA"))
                .statusCode())
        .as("an answer is final")
        .isEqualTo(409);

    // on to the end: one of two right is 50%, which passes a pass mark of 50
    JsonObject stage2 =
        json(client.postJson(path + "/advance", version(resumed), auth("residentA")));
    assertThat(stage2.getInt("stageReached")).isEqualTo(1);
    JsonObject done2 =
        json(client.postJson(path + "/answers", answer(stage2, "s2q1", "0,1"), auth("residentA")));
    JsonObject finished =
        json(client.postJson(path + "/advance", version(done2), auth("residentA")));
    assertThat(finished.getBoolean("completed")).isTrue();
    assertThat(finished.getInt("scorePercent")).isEqualTo(50);
    assertThat(finished.getBoolean("passed")).isTrue();
    assertThat(finished.getJsonArray("references").toString()).contains("A paper");
    JsonObject after = card(array(client.get(a + "/modules/mine", auth("residentA"))), code);
    assertThat(after.getString("standing")).isEqualTo("PASSED");
    assertThat(after.getInt("bestScore")).isEqualTo(50);

    // the result reaches the committee's packet under the subcompetency it maps to (PC7)
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    int start = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
    HttpResponse<String> opened =
        client.postJson(
            a + "/reviews",
            "{\"academicYear\":\""
                + start
                + "-"
                + (start + 1)
                + "\",\"term\":\""
                + (today.getMonthValue() >= 7 ? "FALL" : "SPRING")
                + "\"}",
            auth("directorA"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    JsonObject packet =
        json(
            client.get(
                "/api/v1/reviews/"
                    + json(opened).getJsonNumber("id")
                    + "/trainees/"
                    + cast.getJsonNumber("residentAId"),
                auth("cccA")));
    JsonObject pc7 =
        packet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("code").equals("PC7"))
            .findFirst()
            .orElseThrow();
    assertThat(pc7.getJsonArray("modules").getString(0))
        .contains("A test module: knees: 50%, passed");

    // retake rules
    HttpResponse<String> policy =
        client.putJson(
            a + "/modules/retake-policy",
            "{\"maxAttempts\":1,\"waitHours\":0,\"retakeAfterPass\":true}",
            auth("directorA"));
    assertThat(policy.statusCode()).as(policy.body()).isEqualTo(200);
    assertThat(
            client
                .putJson(
                    a + "/modules/retake-policy",
                    "{\"maxAttempts\":2,\"waitHours\":0}",
                    auth("residentA"))
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> again =
        client.postJson(a + "/modules/" + moduleId + "/attempts", "{}", auth("residentA"));
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("allows 1 attempt(s)");

    // the requirement matrix: the director requires it by PGY-2
    HttpResponse<String> required =
        client.postJson(
            a + "/modules/requirements",
            "{\"moduleCode\":\"" + code + "\",\"byPgy\":2}",
            auth("directorA"));
    assertThat(required.statusCode()).as(required.body()).isEqualTo(200);
    assertThat(
            client
                .postJson(
                    a + "/modules/requirements",
                    "{\"moduleCode\":\"" + code + "\",\"byPgy\":2}",
                    auth("cccA"))
                .statusCode())
        .isEqualTo(403);
    JsonObject matrix =
        json(
            client.get(
                a + "/requirements/trainees/" + cast.getJsonNumber("residentAId"),
                auth("residentA")));
    assertThat(matrix.getJsonArray("modules").getJsonObject(0).getString("status"))
        .isEqualTo("MET");
    JsonObject peer =
        json(
            client.get(
                a + "/requirements/trainees/" + cast.getJsonNumber("peerAId"), auth("cccA")));
    assertThat(peer.getJsonArray("modules").getJsonObject(0).getString("status"))
        .isIn("NOT_STARTED", "OVERDUE");
    assertThat(
            client
                .get(
                    a + "/requirements/trainees/" + cast.getJsonNumber("residentAId"),
                    auth("peerA"))
                .statusCode())
        .isEqualTo(404);
    assertThat(
            client
                .get(
                    a + "/requirements/trainees/" + cast.getJsonNumber("residentAId"),
                    auth("directorB"))
                .statusCode())
        .isEqualTo(404);
    JsonObject overview = json(client.get(a + "/requirements", auth("directorA")));
    assertThat(overview.getJsonArray("rows").getValuesAs(JsonObject.class))
        .anySatisfy(
            r -> {
              assertThat(r.getJsonNumber("traineeId")).isEqualTo(cast.getJsonNumber("residentAId"));
              assertThat(r.getInt("modulesPassed")).isEqualTo(1);
              assertThat(r.getInt("modulesRequired")).isEqualTo(1);
            });
    assertThat(client.get(a + "/requirements", auth("residentA")).statusCode()).isEqualTo(403);

    // analytics for the director, not for trainees
    JsonObject report =
        json(client.get(a + "/modules/" + moduleId + "/analytics", auth("directorA")));
    assertThat(report.getInt("traineesFinished")).isEqualTo(1);
    assertThat(report.getInt("traineesPassed")).isEqualTo(1);
    JsonObject item = report.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("key")).isEqualTo("s1q1");
    assertThat(item.getJsonNumber("difficulty").doubleValue()).isEqualTo(0.0);
    assertThat(
            client.get(a + "/modules/" + moduleId + "/analytics", auth("residentA")).statusCode())
        .isEqualTo(403);
  }

  private static String answer(JsonObject attempt, String question, String chosen) {
    return "{\"version\":"
        + attempt.getJsonNumber("version")
        + ",\"question\":\""
        + question
        + "\",\"chosen\":["
        + chosen
        + "]}";
  }

  private static String version(JsonObject attempt) {
    return "{\"version\":" + attempt.getJsonNumber("version") + "}";
  }

  private static JsonObject card(JsonArray cards, String code) {
    return cards.getValuesAs(JsonObject.class).stream()
        .filter(c -> c.getJsonObject("module").getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private String[] auth(String who) {
    return new String[] {
      "Authorization",
      bearer(
          tokens.computeIfAbsent(
              who, w -> WebClient.at(base).token(cast.getString(w), cast.getString("password"))))
    };
  }
}
