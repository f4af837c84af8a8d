package org.continuum.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.LogBodies;
import org.junit.jupiter.api.Test;

/**
 * A program director corrects the coding rules of one procedure for the program, through the
 * running server: checked first, published with a reason, used for the program's new entries only,
 * and never rewriting an entry already logged or verified.
 */
class ProgramCodingRulesIT extends CastTest {

  private static final String WITHOUT_ADD_ON =
      "| BLOOD-PATCH | any | 62273 | - | [CPT] [PROGRAM] |";

  @Override
  protected String fixture() {
    return "procedure-programs";
  }

  @Test
  void aCorrectionCodesTheProgramsNewEntriesAndRewritesNone() {
    JsonObject before = json(log("residentA", patch("facultyA")));
    long beforeId = before.getJsonNumber("id").longValue();
    assertThat(codes(before)).isEqualTo("62273 +77003@core:1");
    HttpResponse<String> verified =
        client.postJson(
            "/api/v1/procedure-logs/" + beforeId + "/verify",
            "{\"version\": " + before.getJsonNumber("version").longValue() + "}",
            auth("facultyA"));
    assertThat(verified.statusCode()).isEqualTo(200);

    JsonObject shown = json(client.get(path("programA"), auth("directorA")));
    assertThat(shown.getString("inForce")).isEqualTo("core:1");
    assertThat(shown.getBoolean("own")).isFalse();
    assertThat(shown.getString("rows")).contains("+77003 once");

    HttpResponse<String> published = publish("directorA", WITHOUT_ADD_ON, "core:1");
    assertThat(published.statusCode()).isEqualTo(200);
    String key = "program-" + cast.id("programA") + ":1";
    assertThat(json(published).getString("inForce")).isEqualTo(key);
    assertThat(json(published).getBoolean("own")).isTrue();
    assertThat(json(published).getString("rows")).isEqualTo(WITHOUT_ADD_ON);

    JsonObject carried =
        client
            .fixture("next-bundled-rules?program=" + cast.id("programA") + "&procedure=BLOOD-PATCH")
            .getJsonObject("program");
    assertThat(carried.getString("key"))
        .as("a new bundled version carries the program's rules to their next version")
        .isEqualTo("program-" + cast.id("programA") + ":2");
    assertThat(carried.getString("basedOn")).isEqualTo("core:2");
    assertThat(carried.getString("rows"))
        .as("the program's correction kept")
        .isEqualTo(WITHOUT_ADD_ON);
    assertThat(carried.getString("carpalTunnel"))
        .as("the bundled change reaches the program")
        .endsWith("[CPT] [DF] [NEW] |");
    assertThat(json(client.get(path("programA"), auth("directorA"))).getString("inForce"))
        .as("the trial was rolled back")
        .isEqualTo(key);

    JsonObject after = json(log("residentA", patch("facultyA")));
    assertThat(codes(after)).isEqualTo("62273@" + key);
    JsonObject preview =
        json(
            client.postJson(
                "/api/v1/procedure-logs/coding-preview",
                patch("facultyA").build().toString(),
                auth("residentA")));
    assertThat(preview.getString("label")).isEqualTo("62273");
    JsonObject foreign =
        json(
            client.postJson(
                "/api/v1/procedure-logs/coding-preview",
                patch("facultyB").add("programId", cast.id("programA")).build().toString(),
                auth("residentB")));
    assertThat(foreign.getString("label"))
        .as("a program's rules are not applied for someone outside it")
        .isEqualTo("62273, +77003");

    JsonObject unchanged =
        json(client.get("/api/v1/procedure-logs/" + beforeId, auth("residentA")));
    assertThat(unchanged.getString("status")).isEqualTo("VERIFIED");
    assertThat(codes(unchanged)).as("logged and verified before").isEqualTo("62273 +77003@core:1");

    JsonObject otherProgram = json(log("residentB", patch("facultyB")));
    assertThat(codes(otherProgram)).as("another program's rules").isEqualTo("62273 +77003@core:1");

    HttpResponse<String> stale = publish("directorA", WITHOUT_ADD_ON, "core:1");
    assertThat(stale.statusCode())
        .as("a second correction made on what was read before")
        .isEqualTo(409);
  }

  @Test
  void onlyTheDirectorCorrectsAndEveryProblemIsNamedBeforeAnythingIsPublished() {
    assertThat(client.get(path("programA"), auth("residentA")).statusCode()).isEqualTo(403);
    assertThat(client.get(path("programA"), auth("directorB")).statusCode()).isEqualTo(403);
    assertThat(publish("facultyA", WITHOUT_ADD_ON, "core:1").statusCode()).isEqualTo(403);

    HttpResponse<String> overlap =
        client.postJson(
            path("programA") + "/check",
            correction(
                WITHOUT_ADD_ON + "\n| BLOOD-PATCH | guidance LANDMARK | 62273 | - | [CPT] |",
                null,
                null),
            auth("directorA"));
    assertThat(overlap.statusCode()).isEqualTo(400);
    assertThat(overlap.body()).contains("Row 2: overlaps row 1");

    HttpResponse<String> checked =
        client.postJson(
            path("programA") + "/check", correction(WITHOUT_ADD_ON, null, null), auth("directorA"));
    assertThat(checked.statusCode()).isEqualTo(200);
    assertThat(json(checked).getInt("rules")).isGreaterThan(80);

    HttpResponse<String> named =
        client.putJson(
            path("programA"),
            correction(WITHOUT_ADD_ON, "Mrs. Alvarez's payer asked", "core:1"),
            auth("directorA"));
    assertThat(named.statusCode()).isEqualTo(400);
    assertThat(named.body()).contains("\"reason\"");
    String inForce = json(client.get(path("programA"), auth("directorA"))).getString("rows");
    HttpResponse<String> same =
        client.putJson(
            path("programA"), correction(inForce, "No change at all", "core:1"), auth("directorA"));
    assertThat(same.statusCode()).isEqualTo(400);
    assertThat(same.body()).contains("rows in force already");
    assertThat(json(client.get(path("programA"), auth("directorA"))).getString("inForce"))
        .as("nothing published")
        .isEqualTo("core:1");
  }

  private String path(String program) {
    return "/api/v1/programs/" + cast.id(program) + "/coding-rules/BLOOD-PATCH";
  }

  private HttpResponse<String> publish(String who, String rows, String basedOn) {
    return client.putJson(
        path("programA"),
        correction(rows, "Our payers bundle the spinal fluoroscopy", basedOn),
        auth(who));
  }

  private static String correction(String rows, String reason, String basedOn) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("rows", rows);
    if (reason != null) {
      body.add("reason", reason);
    }
    if (basedOn != null) {
      body.add("basedOn", basedOn);
    }
    return body.build().toString();
  }

  /** An epidural blood patch under fluoroscopy yesterday. */
  private JsonObjectBuilder patch(String supervisor) {
    return LogBodies.tfesi(cast, supervisor)
        .add("procedureCode", "BLOOD-PATCH")
        .add("guidance", "FLUOROSCOPY");
  }

  /** "62273 +77003@core:1": the codes an entry carries and the rules that gave them. */
  private static String codes(JsonObject entry) {
    JsonObject coded = entry.getJsonObject("codedAs");
    StringBuilder s = new StringBuilder();
    coded
        .getJsonArray("codes")
        .forEach(c -> s.append(s.isEmpty() ? "" : " ").append(c.asJsonObject().getString("code")));
    return s + "@" + coded.getString("rules");
  }

  private HttpResponse<String> log(String who, JsonObjectBuilder body) {
    return LogBodies.submit(client, cast, who, body);
  }
}
