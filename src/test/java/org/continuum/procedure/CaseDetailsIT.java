package org.continuum.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.LogBodies;
import org.junit.jupiter.api.Test;

/**
 * The details a program needs beyond the codes, through the running server: the director decides
 * whether fluoroscopy time and dose are recorded, a trainee's entry then carries them, and the site
 * and complication words go through the patient-identifier check.
 */
class CaseDetailsIT extends CastTest {

  @Override
  protected String fixture() {
    return "procedure-programs";
  }

  @Test
  void aProgramThatRequiresFluoroscopyTimeAndDoseGetsThemWithEveryCaseUnderFluoroscopy() {
    JsonObject before = settings("directorA");
    assertThat(before.getString("fluoroscopy")).isEqualTo("NOT_ASKED");
    HttpResponse<String> changed =
        client.putJson(
            path(),
            "{\"version\": " + before.getInt("version") + ", \"fluoroscopy\": \"REQUIRED\"}",
            auth("directorA"));
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(json(changed).getString("fluoroscopy")).isEqualTo("REQUIRED");

    HttpResponse<String> missing = log(LogBodies.tfesi(cast, "facultyA"));
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body())
        .contains("fluoroSeconds")
        .contains("fluoroDoseMgy")
        .contains("Fluoroscopy time (seconds) is required");

    HttpResponse<String> logged =
        log(
            LogBodies.tfesi(cast, "facultyA")
                .add("fluoroSeconds", 41.5)
                .add("fluoroDoseMgy", 3.2)
                .add("contrastUsed", true)
                .add("sedation", "MINIMAL"));
    assertThat(logged.statusCode()).isEqualTo(201);
    JsonObject entry = json(logged);
    assertThat(entry.getJsonNumber("fluoroSeconds").bigDecimalValue()).isEqualByComparingTo("41.5");
    assertThat(entry.getJsonNumber("fluoroDoseMgy").bigDecimalValue()).isEqualByComparingTo("3.2");
    assertThat(entry.getBoolean("contrastUsed")).isTrue();
    assertThat(entry.getString("sedation")).isEqualTo("MINIMAL");

    HttpResponse<String> ct = log(LogBodies.tfesi(cast, "facultyA").add("guidance", "CT"));
    assertThat(ct.statusCode()).as("a CT-guided case is not asked").isEqualTo(201);
  }

  @Test
  void onlyTheProgramDirectorChangesTheSettingsAndAStaleChangeIsRefused() {
    assertThat(client.get(path(), auth("facultyA")).statusCode()).isEqualTo(403);
    assertThat(client.get(path(), auth("directorB")).statusCode())
        .as("another program's director")
        .isEqualTo(403);
    assertThat(
            client
                .putJson(
                    path(), "{\"version\": 0, \"fluoroscopy\": \"OPTIONAL\"}", auth("facultyA"))
                .statusCode())
        .isEqualTo(403);

    assertThat(
            client
                .putJson(
                    path(), "{\"version\": 0, \"fluoroscopy\": \"OPTIONAL\"}", auth("directorA"))
                .statusCode())
        .as("settings never saved are at version -1")
        .isEqualTo(409);
    String optional = "{\"version\": -1, \"fluoroscopy\": \"OPTIONAL\"}";
    assertThat(client.putJson(path(), optional, auth("directorA")).statusCode()).isEqualTo(200);
    long now = settings("directorA").getJsonNumber("version").longValue();
    String stale = "{\"version\": " + (now + 5) + ", \"fluoroscopy\": \"REQUIRED\"}";
    assertThat(client.putJson(path(), stale, auth("directorA")).statusCode()).isEqualTo(409);
    assertThat(settings("directorA").getString("fluoroscopy")).isEqualTo("OPTIONAL");

    HttpResponse<String> nothing =
        client.putJson(path(), "{\"version\": " + now + "}", auth("directorA"));
    assertThat(nothing.statusCode()).isEqualTo(400);
    assertThat(nothing.body()).contains("fluoroscopy");
  }

  @Test
  void theJointAndTheComplicationWordsAreKeptAndScreenedForPatientIdentifiers() {
    HttpResponse<String> logged = log(knee());
    assertThat(logged.statusCode()).isEqualTo(201);
    JsonObject entry = json(logged);
    assertThat(entry.getString("site")).isEqualTo("Knee, suprapatellar recess");
    assertThat(entry.getString("complicationNote"))
        .isEqualTo("Transient warmth at the site, resolved");

    HttpResponse<String> named =
        log(
            knee()
                .add("site", "Knee of John Smith")
                .add("complicationNote", "MRN 44829133 called"));
    assertThat(named.statusCode()).isEqualTo(400);
    assertThat(named.body()).contains("\"site\"").contains("\"complicationNote\"");
    assertThat(named.body()).doesNotContain("Exception");
  }

  /** A right knee injection under ultrasound, with a complication described in words. */
  private JsonObjectBuilder knee() {
    return LogBodies.tfesi(cast, "facultyA")
        .add("procedureCode", "JOINT-LARGE")
        .add("guidance", "ULTRASOUND")
        .add("laterality", "RIGHT")
        .add("site", "Knee, suprapatellar recess")
        .add("complications", jakarta.json.Json.createArrayBuilder().add("OTHER"))
        .add("complicationNote", "Transient warmth at the site, resolved");
  }

  private String path() {
    return "/api/v1/programs/" + cast.id("programA") + "/case-log-settings";
  }

  private JsonObject settings(String who) {
    HttpResponse<String> answer = client.get(path(), auth(who));
    assertThat(answer.statusCode()).isEqualTo(200);
    return json(answer);
  }

  private HttpResponse<String> log(JsonObjectBuilder body) {
    return LogBodies.submit(client, cast, "residentA", body);
  }
}
