package org.continuum.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.LogBodies;
import org.junit.jupiter.api.Test;

/**
 * Codes follow from what was done, through the running server: the preview before saving, the codes
 * an entry carries, refusals naming the detail, and the one-off coding of entries logged before
 * codes were derived, listed for the director without touching their verification.
 */
class CodingIT extends CastTest {

  @Override
  protected String fixture() {
    return "procedure-programs";
  }

  @Test
  void theFormShowsTheCodesBeforeSavingAndWhatIsStillMissing() {
    JsonObject twoLevels =
        preview(
            LogBodies.tfesi(cast, "facultyA")
                .add("levels", Json.createArrayBuilder().add("L4-L5").add("L5-S1"))
                .add("laterality", "BILATERAL"));
    assertThat(twoLevels.getString("label")).isEqualTo("64483-50, +64484-50");
    assertThat(twoLevels.getString("rules")).isEqualTo("core:1");
    assertThat(twoLevels.getJsonArray("codes").getJsonObject(1).getInt("units")).isEqualTo(1);

    JsonObject noLevels =
        preview(LogBodies.tfesi(cast, "facultyA").add("levels", Json.createArrayBuilder()));
    assertThat(noLevels.containsKey("label")).isFalse();
    assertThat(noLevels.getString("message")).contains("the levels");

    JsonObject landmark =
        preview(
            LogBodies.tfesi(cast, "facultyA")
                .add("procedureCode", "ILESI-LS")
                .add("guidance", "LANDMARK"));
    assertThat(landmark.getString("label"))
        .as("a landmark interlaminar epidural is not coded with imaging")
        .isEqualTo("62322");
  }

  @Test
  void anEntryCarriesTheCodesItsDetailsGiveAndARefusalNamesTheDetail() {
    HttpResponse<String> logged = log("residentA", edx().add("counts", edxCounts()));
    assertThat(logged.statusCode()).isEqualTo(201);
    JsonObject entry = json(logged);
    assertThat(labels(entry.getJsonObject("codedAs").getJsonArray("codes")))
        .isEqualTo("95909 +95886x2 +95887x1");
    assertThat(entry.getJsonObject("counts").getInt("NERVE_STUDIES")).isEqualTo(6);

    HttpResponse<String> noStudies = log("residentA", edx());
    assertThat(noStudies.statusCode()).isEqualTo(400);
    assertThat(noStudies.body())
        .contains("counts")
        .contains("Nerve conduction studies is required");

    HttpResponse<String> ultrasoundFacet =
        log(
            "residentA",
            LogBodies.tfesi(cast, "facultyA")
                .add("procedureCode", "MBB-LS")
                .add("guidance", "ULTRASOUND"));
    assertThat(ultrasoundFacet.statusCode())
        .as("medial branch block codes include fluoroscopy or CT, not ultrasound")
        .isEqualTo(400);
    assertThat(ultrasoundFacet.body()).contains("guidance");
  }

  @Test
  void entriesLoggedBeforeCodesWereDerivedAreCodedOnceAndListedForTheDirector() {
    JsonObject landmark =
        json(
            log(
                "residentA",
                LogBodies.tfesi(cast, "facultyA")
                    .add("procedureCode", "ILESI-LS")
                    .add("guidance", "LANDMARK")));
    long landmarkId = landmark.getJsonNumber("id").longValue();
    JsonObject verified =
        json(
            client.postJson(
                "/api/v1/procedure-logs/" + landmarkId + "/verify",
                Json.createObjectBuilder()
                    .add("version", landmark.getJsonNumber("version").longValue())
                    .build()
                    .toString(),
                auth("facultyA")));
    assertThat(verified.getString("status")).isEqualTo("VERIFIED");
    long edxId =
        json(log("residentA", edx().add("counts", edxCounts()))).getJsonNumber("id").longValue();
    long tfesiId =
        json(log("residentA", LogBodies.tfesi(cast, "facultyA"))).getJsonNumber("id").longValue();

    // as they were before codes were derived: the old catalog listed the imaging code first
    legacy(landmarkId, false, "62323,62322");
    legacy(edxId, true, "95909,95910,95911,95912,95913,+95885,+95886,+95887");
    legacy(tfesiId, false, "64483,+64484");
    JsonObject run = client.fixture("code-legacy-entries");
    assertThat(run.getInt("looked")).isGreaterThanOrEqualTo(3);

    JsonObject recoded = read(landmarkId);
    assertThat(recoded.getString("status")).as("verification untouched").isEqualTo("VERIFIED");
    assertThat(
            recoded
                .getJsonObject("codedAs")
                .getJsonArray("codes")
                .getJsonObject(0)
                .getString("code"))
        .isEqualTo("62322");
    assertThat(read(edxId).containsKey("codedAs"))
        .as("no studies count, no codes made up")
        .isFalse();
    assertThat(read(tfesiId).getJsonObject("codedAs").getString("rules")).isEqualTo("core:1");

    HttpResponse<String> changes =
        client.get(
            "/api/v1/programs/" + cast.id("programA") + "/coding-changes", auth("directorA"));
    assertThat(changes.statusCode()).isEqualTo(200);
    JsonArray rows = Json.createReader(new StringReader(changes.body())).readArray();
    JsonObject landmarkRow = row(rows, landmarkId);
    assertThat(landmarkRow.getString("previousCode")).isEqualTo("62323");
    assertThat(landmarkRow.getString("codedAs")).isEqualTo("62322");
    JsonObject edxRow = row(rows, edxId);
    assertThat(edxRow.getString("previousCode")).isEqualTo("95909");
    assertThat(edxRow.getString("problem")).contains("nerve conduction studies");
    assertThat(rows.stream().map(v -> v.asJsonObject().getJsonNumber("logId").longValue()))
        .as("an entry whose primary code did not change is not listed")
        .doesNotContain(tfesiId);

    assertThat(
            client
                .get(
                    "/api/v1/programs/" + cast.id("programA") + "/coding-changes",
                    auth("residentA"))
                .statusCode())
        .as("only the program's leadership reads the list")
        .isIn(403, 404);
    assertThat(client.fixture("procedure-count-drift").getJsonArray("differences"))
        .as("coded entries moved to their primary code in the summary")
        .isEmpty();
    JsonObject again = client.fixture("code-legacy-entries");
    assertThat(again.getInt("looked")).as("done once: nothing is looked at twice").isZero();

    // the trainee adds what was missing to the entry still waiting: the list shows its codes now
    HttpResponse<String> completed =
        client.putJson(
            "/api/v1/procedure-logs/" + edxId,
            edx()
                .add("counts", edxCounts())
                .add("version", read(edxId).getJsonNumber("version").longValue())
                .build()
                .toString(),
            auth("residentA"));
    assertThat(completed.statusCode()).isEqualTo(200);
    JsonObject completedRow =
        row(
            Json.createReader(
                    new StringReader(
                        client
                            .get(
                                "/api/v1/programs/" + cast.id("programA") + "/coding-changes",
                                auth("directorA"))
                            .body()))
                .readArray(),
            edxId);
    assertThat(completedRow.getString("codedAs")).isEqualTo("95909, +95886 x2, +95887");
    assertThat(completedRow.containsKey("problem")).as("no longer a problem").isFalse();
  }

  private JsonObjectBuilder edx() {
    return LogBodies.tfesi(cast, "facultyA")
        .add("procedureCode", "EDX-CONSULT")
        .add("spineRegion", JsonObject.NULL)
        .add("levels", Json.createArrayBuilder());
  }

  private static JsonObjectBuilder edxCounts() {
    return Json.createObjectBuilder()
        .add("NERVE_STUDIES", 6)
        .add("EMG_LIMBS", 2)
        .add("NON_LIMB_EMG", 1);
  }

  private static String labels(JsonArray codes) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < codes.size(); i++) {
      JsonObject c = codes.getJsonObject(i);
      s.append(i == 0 ? "" : " ")
          .append(c.getString("code"))
          .append(i == 0 ? "" : "x" + c.getInt("units"));
    }
    return s.toString();
  }

  private static JsonObject row(JsonArray rows, long logId) {
    return rows.stream()
        .map(v -> v.asJsonObject())
        .filter(o -> o.getJsonNumber("logId").longValue() == logId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("entry " + logId + " is not listed"));
  }

  private void legacy(long logId, boolean dropCounts, String codes) {
    JsonObject done =
        client.fixture(
            "legacy-entry?log="
                + logId
                + "&dropCounts="
                + dropCounts
                + "&legacyCodes="
                + URLEncoder.encode(codes, StandardCharsets.UTF_8));
    assertThat(done.getBoolean("ok")).isTrue();
  }

  private JsonObject read(long id) {
    return json(client.get("/api/v1/procedure-logs/" + id, auth("residentA")));
  }

  private JsonObject preview(JsonObjectBuilder body) {
    HttpResponse<String> answer =
        client.postJson(
            "/api/v1/procedure-logs/coding-preview", body.build().toString(), auth("residentA"));
    assertThat(answer.statusCode()).isEqualTo(200);
    return json(answer);
  }

  private HttpResponse<String> log(String who, JsonObjectBuilder body) {
    String[] auth = auth(who);
    String[] headers = new String[auth.length + 2];
    System.arraycopy(auth, 0, headers, 0, auth.length);
    headers[auth.length] = "Idempotency-Key";
    headers[auth.length + 1] = UUID.randomUUID().toString();
    return client.postJson("/api/v1/procedure-logs", body.build().toString(), headers);
  }
}
