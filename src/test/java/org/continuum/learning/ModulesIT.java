package org.continuum.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.testclient.CastTest;
import org.continuum.testsupport.ModuleSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case modules through the API and the page: a director's upload with problems by line, a trainee
 * working a module stage by stage with no answer key before an answer (in the JSON and in the
 * page), resuming, scoring, retake rules, requirements in the matrix, analytics, and who may see
 * what. Each test has programs and a module of its own.
 */
class ModulesIT extends CastTest {

  @Override
  protected String fixture() {
    return "module-programs";
  }

  private String a;
  private String b;
  private String code;
  private String file;

  @BeforeEach
  void setUp() {
    a = "/api/v1/programs/" + cast.id("programA");
    b = "/api/v1/programs/" + cast.id("programB");
    code = "test-" + UUID.randomUUID().toString().substring(0, 8);
    file = ModuleSamples.SMALL.replace("id: test-module", "id: " + code);
  }

  @Test
  void anUploadIsCheckedLineByLineOnlyTheDirectorUploadsAndAVersionNeverChanges() {
    HttpResponse<String> bad =
        client.postText(
            a + "/modules",
            "text/markdown",
            file.replace("passMark: 50", "passMark: x"),
            auth("directorA"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("line 8: passMark must be a whole number from 0 to 100.");
    HttpResponse<String> identifying =
        client.postText(
            a + "/modules",
            "text/markdown",
            file.replace("A runner with **knee** pain.", "Mrs. Alvarez, MRN A12345, knee pain."),
            auth("directorA"));
    assertThat(identifying.statusCode()).isEqualTo(400);
    assertThat(identifying.body()).contains("Stage 1 narrative seems to contain");
    assertThat(
            client.postText(a + "/modules", "text/markdown", file, auth("residentA")).statusCode())
        .isEqualTo(403);

    upload();
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
  }

  @Test
  void aProgramsOwnModuleIsNotSeenOrStartedInAnotherProgram() {
    long moduleId = upload();
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
  }

  @Test
  void aStartedAttemptShowsTheFirstStageAndNothingOfTheKeyInTheJsonOrThePage() {
    long moduleId = upload();
    JsonObject card = card(array(client.get(a + "/modules/mine", auth("residentA"))), code);
    assertThat(card.getString("standing")).isEqualTo("NOT_STARTED");

    HttpResponse<String> started = start(moduleId);
    JsonObject attempt = json(started);
    assertThat(attempt.getJsonArray("stages")).hasSize(1);
    assertThat(started.body())
        .doesNotContain("Not first")
        .doesNotContain("always")
        .doesNotContain("Examine first")
        .doesNotContain("\"correct\"")
        .doesNotContain("Load management")
        .doesNotContain("Which helped");
    String html =
        cast.signedIn("residentA")
            .get("/trainee/module.xhtml?attempt=" + attempt.getJsonNumber("id"))
            .body();
    assertThat(html)
        .contains("Which test first?")
        .doesNotContain("Not first")
        .doesNotContain("Examine first")
        .doesNotContain("Which helped");
  }

  @Test
  void nobodyElseReadsAnAttemptAndItsQuestionsAreAnsweredInOrder() {
    JsonObject attempt = json(start(upload()));
    String path = attemptPath(attempt);
    for (String other : List.of("peerA", "directorA")) {
      assertThat(client.get(path, auth(other)).statusCode()).as(other).isEqualTo(404);
    }
    assertThat(client.postJson(path + "/advance", version(attempt), auth("residentA")).statusCode())
        .as("the stage's question comes first")
        .isEqualTo(409);
    HttpResponse<String> ahead =
        client.postJson(path + "/answers", answer(attempt, "s2q1", "0,1"), auth("residentA"));
    assertThat(ahead.statusCode()).as("a later stage's question").isEqualTo(409);
  }

  @Test
  void aWrongAnswerShowsWhyResumingKeepsItAndAnAnswerIsFinal() {
    long moduleId = upload();
    JsonObject attempt = json(start(moduleId));
    String path = attemptPath(attempt);
    HttpResponse<String> answered =
        client.postJson(path + "/answers", answer(attempt, "s1q1", "0"), auth("residentA"));
    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    assertThat(answered.body())
        .contains("Not first")
        .contains("Examine first")
        .doesNotContain("Which helped");

    JsonObject resumed = json(start(moduleId));
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
  }

  @Test
  void oneOfTwoRightPassesAPassMarkOfFiftyAndTheResultReachesTheCommitteesPacket() {
    long moduleId = upload();
    JsonObject finished = finishWithOneOfTwoRight(moduleId);
    assertThat(finished.getBoolean("completed")).isTrue();
    assertThat(finished.getInt("scorePercent")).isEqualTo(50);
    assertThat(finished.getBoolean("passed")).isTrue();
    assertThat(finished.getJsonArray("references").toString()).contains("A paper");
    JsonObject card = card(array(client.get(a + "/modules/mine", auth("residentA"))), code);
    assertThat(card.getString("standing")).isEqualTo("PASSED");
    assertThat(card.getInt("bestScore")).isEqualTo(50);

    // under the subcompetency the module maps to (PC7), in the review of the current period
    LocalDate today = cast.today();
    HttpResponse<String> opened =
        client.postJson(
            a + "/reviews",
            "{\"academicYear\":\""
                + AcademicYear.containing(today).label()
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
                    + cast.id("residentAId"),
                auth("cccA")));
    JsonObject pc7 =
        packet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .filter(r -> r.getString("code").equals("PC7"))
            .findFirst()
            .orElseThrow();
    assertThat(pc7.getJsonArray("modules").getString(0))
        .contains("A test module: knees: 50%, passed");
  }

  @Test
  void theDirectorsRetakeRuleLimitsAttempts() {
    long moduleId = upload();
    finishWithOneOfTwoRight(moduleId);
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
    HttpResponse<String> again = start(moduleId);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body()).contains("allows 1 attempt at");
  }

  @Test
  void aRequiredModuleStandsInTheMatrixForTheTraineeAndTheirCommitteeOnly() {
    finishWithOneOfTwoRight(upload());
    String requirement = "{\"moduleCode\":\"" + code + "\",\"byPgy\":2}";
    HttpResponse<String> required =
        client.postJson(a + "/modules/requirements", requirement, auth("directorA"));
    assertThat(required.statusCode()).as(required.body()).isEqualTo(200);
    assertThat(client.postJson(a + "/modules/requirements", requirement, auth("cccA")).statusCode())
        .isEqualTo(403);
    // the director's page lists it by name, and its Remove button says what it removes
    String page =
        cast.signedIn("directorA")
            .get("/program/modules.xhtml?program=" + cast.id("programA"))
            .body();
    assertThat(page).contains("Remove A test module: knees from the required modules");

    String residentMatrix = a + "/requirements/trainees/" + cast.id("residentAId");
    JsonObject matrix = json(client.get(residentMatrix, auth("residentA")));
    assertThat(matrix.getJsonArray("modules").getJsonObject(0).getString("status"))
        .isEqualTo("MET");
    JsonObject peer =
        json(client.get(a + "/requirements/trainees/" + cast.id("peerAId"), auth("cccA")));
    assertThat(peer.getJsonArray("modules").getJsonObject(0).getString("status"))
        .isIn("NOT_STARTED", "OVERDUE");
    for (String outsider : List.of("peerA", "directorB")) {
      assertThat(client.get(residentMatrix, auth(outsider)).statusCode())
          .as(outsider)
          .isEqualTo(404);
    }

    JsonObject overview = json(client.get(a + "/requirements", auth("directorA")));
    assertThat(overview.getJsonArray("rows").getValuesAs(JsonObject.class))
        .anySatisfy(
            r -> {
              assertThat(r.getJsonNumber("traineeId").longValue())
                  .isEqualTo(cast.id("residentAId"));
              assertThat(r.getInt("modulesPassed")).isEqualTo(1);
              assertThat(r.getInt("modulesRequired")).isEqualTo(1);
            });
    assertThat(client.get(a + "/requirements", auth("residentA")).statusCode()).isEqualTo(403);
  }

  @Test
  void analyticsAreForTheDirectorNotForTrainees() {
    long moduleId = upload();
    finishWithOneOfTwoRight(moduleId);
    String analytics = a + "/modules/" + moduleId + "/analytics";
    JsonObject report = json(client.get(analytics, auth("directorA")));
    assertThat(report.getInt("traineesFinished")).isEqualTo(1);
    assertThat(report.getInt("traineesPassed")).isEqualTo(1);
    JsonObject item = report.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("key")).isEqualTo("s1q1");
    assertThat(item.getJsonNumber("difficulty").doubleValue()).isEqualTo(0.0);
    assertThat(client.get(analytics, auth("residentA")).statusCode()).isEqualTo(403);
  }

  /** Program A's director uploads the test's module; its id. */
  private long upload() {
    HttpResponse<String> uploaded =
        client.postText(a + "/modules", "text/markdown", file, auth("directorA"));
    assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
    return json(uploaded).getJsonNumber("moduleId").longValue();
  }

  /** residentA starts (or resumes) the module. */
  private HttpResponse<String> start(long moduleId) {
    return client.postJson(a + "/modules/" + moduleId + "/attempts", "{}", auth("residentA"));
  }

  /** residentA answers stage 1 wrong and stage 2 right, to the end. */
  private JsonObject finishWithOneOfTwoRight(long moduleId) {
    JsonObject attempt = json(start(moduleId));
    String path = attemptPath(attempt);
    JsonObject answered =
        json(client.postJson(path + "/answers", answer(attempt, "s1q1", "0"), auth("residentA")));
    JsonObject stage2 =
        json(client.postJson(path + "/advance", version(answered), auth("residentA")));
    assertThat(stage2.getInt("stageReached")).isEqualTo(1);
    JsonObject done2 =
        json(client.postJson(path + "/answers", answer(stage2, "s2q1", "0,1"), auth("residentA")));
    return json(client.postJson(path + "/advance", version(done2), auth("residentA")));
  }

  private static String attemptPath(JsonObject attempt) {
    return "/api/v1/module-attempts/" + attempt.getJsonNumber("id");
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
}
