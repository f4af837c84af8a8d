package org.continuum.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.bearer;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.LogBodies;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;

/**
 * Logging, correcting and verifying procedures through the API, as each role and as an attacker
 * would: idempotent submission under retries and races, object-level checks on every entry, the
 * state machine, and field-by-field validation.
 */
class ProcedureLoggingIT extends CastTest {

  @Override
  protected String fixture() {
    return "procedure-programs";
  }

  @Test
  void aResidentLogsAndTheNamedSupervisorVerifies() {
    HttpResponse<String> created = log("residentA", tfesi("facultyA").build(), newKey());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("Idempotent-Replayed")).contains("false");
    JsonObject entry = json(created);
    assertThat(entry.getString("status")).isEqualTo("PENDING");
    assertThat(entry.getString("guidance")).as("the default guidance").isEqualTo("FLUOROSCOPY");
    long id = entry.getJsonNumber("id").longValue();
    JsonObject read = json(client.get("/api/v1/procedure-logs/" + id, auth("residentA")));
    assertThat(entry.getString("traineeName"))
        .as("the answer names the trainee as a later read does")
        .startsWith("Test trainee ")
        .isEqualTo(read.getString("traineeName"));
    assertThat(entry.getString("supervisorName"))
        .startsWith("Test faculty ")
        .isEqualTo(read.getString("supervisorName"));

    assertThat(queueIds("facultyA")).contains(id);
    assertThat(queueIds("facultyA2")).doesNotContain(id);

    HttpResponse<String> verified = decide("facultyA", id, "verify", version(entry), null);
    assertThat(verified.statusCode()).isEqualTo(200);
    assertThat(json(verified).getString("status")).isEqualTo("VERIFIED");
    assertThat(json(verified).getString("traineeName"))
        .as("the verifier's answer names the trainee as a read does")
        .isEqualTo(read.getString("traineeName"));
    assertThat(queueIds("facultyA")).doesNotContain(id);

    HttpResponse<String> change =
        client.putJson(
            "/api/v1/procedure-logs/" + id,
            tfesi("facultyA").add("version", version(json(verified))).build().toString(),
            auth("residentA"));
    assertThat(change.statusCode()).as("a verified entry is locked").isEqualTo(409);
  }

  @Test
  void anImportedVerifiedRowIsNeverVerifiedInTheSupervisorsName() {
    String csv =
        "date,trainee,procedure,role,setting,supervisor,spine_region,levels,laterality,age_band,"
            + "sex,status\n"
            + cast.today().minusDays(30)
            + ","
            + cast.getString("residentA")
            + ",TFESI-LS,performed,outpatient,"
            + cast.getString("facultyA")
            + ",lumbar,L4-L5,left,40-64,female,verified\n";
    HttpResponse<String> imported =
        client.postText(
            "/api/v1/programs/" + cast.id("programA") + "/procedure-log-imports",
            "text/csv",
            csv,
            withHeader(auth("directorA"), "X-File-Name", "old-system.csv"));
    assertThat(imported.statusCode()).isEqualTo(200);
    assertThat(json(imported).getInt("imported")).isEqualTo(1);

    JsonObject entry =
        json(client.get("/api/v1/procedure-logs", auth("residentA")))
            .getJsonArray("items")
            .getJsonObject(0);
    assertThat(entry.getString("status")).isEqualTo("IMPORTED");
    assertThat(entry.getString("attestedByName")).startsWith("Test program-director");
    assertThat(entry.getJsonObject("attestation").getString("fileName"))
        .isEqualTo("old-system.csv");
    assertThat(entry.getJsonObject("attestation").getString("fileSha256")).hasSize(64);
    long id = entry.getJsonNumber("id").longValue();
    JsonObject read = json(client.get("/api/v1/procedure-logs/" + id, auth("directorA")));
    assertThat(read.containsKey("decidedAt") && !read.isNull("decidedAt"))
        .as("nobody decided it here")
        .isFalse();
    assertThat(read.getString("status")).isEqualTo("IMPORTED");

    assertThat(queueIds("facultyA")).as("nothing for the supervisor to verify").doesNotContain(id);
    HttpResponse<String> verify = decide("facultyA", id, "verify", version(read), null);
    assertThat(verify.statusCode())
        .as("the supervisor cannot verify it after the fact")
        .isEqualTo(409);
    HttpResponse<String> voided =
        client.postJson(
            "/api/v1/procedure-logs/" + id + "/void",
            Json.createObjectBuilder()
                .add("version", version(read))
                .add("reason", "hide it")
                .build()
                .toString(),
            auth("residentA"));
    assertThat(voided.statusCode()).as("locked for the trainee as a verified entry").isEqualTo(409);
  }

  private static String[] withHeader(String[] headers, String name, String value) {
    List<String> all = new ArrayList<>(List.of(headers));
    all.add(name);
    all.add(value);
    return all.toArray(String[]::new);
  }

  @Test
  void theSameKeySentTwiceMakesOneEntryAndAReusedKeyIsRefused() {
    String key = newKey();
    JsonObject body = tfesi("facultyA").build();
    HttpResponse<String> first = log("residentA", body, key);
    HttpResponse<String> again = log("residentA", body, key);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");
    assertThat(json(again).getJsonNumber("id")).isEqualTo(json(first).getJsonNumber("id"));

    JsonObject different = tfesi("facultyA").add("laterality", "RIGHT").build();
    HttpResponse<String> reused = log("residentA", different, key);
    assertThat(reused.statusCode()).isEqualTo(409);
    assertThat(json(reused).getString("detail")).contains("already used for a different entry");

    assertThat(log("residentA", body, null).statusCode()).as("the key is required").isEqualTo(400);
  }

  @Test
  void concurrentRetriesWithOneKeyMakeOneEntry() throws Exception {
    String key = newKey();
    JsonObject body = tfesi("facultyA").add("note", "Sent from a phone on a flaky network").build();
    String token = token("residentA2");
    long before = total(token);
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(
            () ->
                WebClient.at(base)
                    .postJson(
                        "/api/v1/procedure-logs",
                        body.toString(),
                        "Authorization",
                        bearer(token),
                        "Idempotency-Key",
                        key));
      }
      List<Long> ids = new ArrayList<>();
      for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
        HttpResponse<String> response = f.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        ids.add(json(response).getJsonNumber("id").longValue());
      }
      assertThat(ids).as("every retry answers with the one entry").containsOnly(ids.get(0));
    } finally {
      pool.shutdownNow();
    }
    assertThat(total(token)).isEqualTo(before + 1);
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    JsonObject empty = Json.createObjectBuilder().add("procedureCode", "TFESI-LS").build();
    HttpResponse<String> refused = log("residentA", empty, newKey());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .contains("performedOn", "supervisorId", "role", "setting", "ageBand", "sex");

    JsonObject named =
        tfesi("facultyA").add("note", "Mrs. Alvarez, DOB 3/4/1961, did well").build();
    HttpResponse<String> identifiers = log("residentA", named, newKey());
    assertThat(identifiers.statusCode()).isEqualTo(400);
    assertThat(json(identifiers).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("note");

    JsonObject future =
        tfesi("facultyA").add("performedOn", cast.today().plusDays(3).toString()).build();
    assertThat(json(log("residentA", future, newKey())).getString("detail"))
        .isEqualTo("Date must not be in the future.");
  }

  @Test
  void theSupervisorMustBeCurrentFacultyOfTheResidentsProgram() {
    HttpResponse<String> outsider = log("residentA", tfesi("facultyB").build(), newKey());
    assertThat(outsider.statusCode()).isEqualTo(400);
    assertThat(json(outsider).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("supervisorId");
  }

  @Test
  void nobodyOutsideTheEntryReadsOrDecidesIt() {
    JsonObject entry = json(log("residentA", tfesi("facultyA").build(), newKey()));
    long id = entry.getJsonNumber("id").longValue();
    String path = "/api/v1/procedure-logs/" + id;

    assertThat(client.get(path, auth("residentA")).statusCode()).isEqualTo(200);
    assertThat(client.get(path, auth("facultyA")).statusCode()).isEqualTo(200);
    assertThat(client.get(path, auth("directorA")).statusCode()).isEqualTo(200);
    for (String outsider : List.of("residentA2", "residentB", "facultyB", "directorB")) {
      HttpResponse<String> read = client.get(path, auth(outsider));
      assertThat(read.statusCode()).as(outsider).isEqualTo(404);
      assertThat(read.body()).doesNotContain(cast.getString("residentA"));
    }
    for (String notTheSupervisor : List.of("residentA", "facultyA2", "facultyB", "directorA")) {
      assertThat(decide(notTheSupervisor, id, "verify", version(entry), null).statusCode())
          .as(notTheSupervisor + " verifying")
          .isIn(403, 404);
    }
    assertThat(decide("residentA2", id, "void", version(entry), "not mine").statusCode())
        .isIn(403, 404);
    for (String notTheTrainee : List.of("residentB", "residentA2", "directorA")) {
      HttpResponse<String> edit =
          client.putJson(
              path,
              tfesi("facultyA").add("version", version(entry)).build().toString(),
              auth(notTheTrainee));
      assertThat(edit.statusCode())
          .as(notTheTrainee + " correcting")
          .isEqualTo(notTheTrainee.equals("residentB") ? 404 : 403);
    }
    assertThat(json(client.get(path, auth("residentA"))).getString("status"))
        .as("nothing the outsiders tried changed the entry")
        .isEqualTo("PENDING");
  }

  @Test
  void aReturnedEntryIsCorrectedAndAStaleCorrectionIsRefused() {
    JsonObject entry = json(log("residentA", tfesi("facultyA").build(), newKey()));
    long id = entry.getJsonNumber("id").longValue();
    assertThat(decide("facultyA", id, "reject", version(entry), "").statusCode()).isEqualTo(400);
    JsonObject returned =
        json(decide("facultyA", id, "reject", version(entry), "The level was L5-S1"));
    assertThat(returned.getString("status")).isEqualTo("REJECTED");
    assertThat(returned.getString("traineeName"))
        .as("the answer to a return names the trainee")
        .isEqualTo(entry.getString("traineeName"));

    // the correction page shows why, to the trainee only
    String correctionPage = signedIn("residentA").get("/trainee/log.xhtml?id=" + id).body();
    assertThat(correctionPage).contains("Correct an entry").contains("The level was L5-S1");
    WebClient other = signedIn("residentA2");
    HttpResponse<String> probe = other.follow(other.get("/trainee/log.xhtml?id=" + id));
    assertThat(probe.uri().getPath()).isEqualTo("/not-found.xhtml");
    assertThat(probe.body()).doesNotContain("The level was L5-S1");

    String correction =
        tfesi("facultyA")
            .add("levels", Json.createArrayBuilder().add("L5-S1"))
            .add("version", version(returned))
            .build()
            .toString();
    HttpResponse<String> corrected =
        client.putJson("/api/v1/procedure-logs/" + id, correction, auth("residentA"));
    assertThat(corrected.statusCode()).isEqualTo(200);
    assertThat(json(corrected).getString("status")).isEqualTo("PENDING");
    assertThat(json(corrected).getJsonArray("levels").getString(0)).isEqualTo("L5-S1");
    assertThat(json(corrected).getString("supervisorName"))
        .isEqualTo(entry.getString("supervisorName"));
    assertThat(json(corrected).getString("traineeName")).isEqualTo(entry.getString("traineeName"));

    HttpResponse<String> stale =
        client.putJson("/api/v1/procedure-logs/" + id, correction, auth("residentA"));
    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(json(stale).getString("detail")).contains("Reload");
  }

  @Test
  void theSupervisorActingOnAnEntryTheDirectorJustVoidedGetsAConflictNotAnOverwrite() {
    JsonObject entry = json(log("residentA", tfesi("facultyA").build(), newKey()));
    long id = entry.getJsonNumber("id").longValue();
    // both opened version 0; the director voids first
    assertThat(
            decide("directorA", id, "void", version(entry), "Duplicate of an earlier entry")
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> late = decide("facultyA", id, "verify", version(entry), null);
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json(late).getString("detail"))
        .contains("was changed by")
        .contains("Reload to see the latest version");
    assertThat(
            json(client.get("/api/v1/procedure-logs/" + id, auth("facultyA"))).getString("status"))
        .isEqualTo("VOIDED");
    assertThat(decide("directorB", id, "void", version(entry) + 1, "Not my program").statusCode())
        .isEqualTo(404);
  }

  @Test
  void aResidentVoidsTheirOwnEntryOnceWithAReason() {
    JsonObject entry = json(log("residentA", tfesi("facultyA").build(), newKey()));
    long id = entry.getJsonNumber("id").longValue();
    assertThat(decide("residentA", id, "void", version(entry), null).statusCode()).isEqualTo(400);
    assertThat(decide("residentA", id, "void", version(entry), "Logged twice").statusCode())
        .isEqualTo(204);
    JsonObject voided = json(client.get("/api/v1/procedure-logs/" + id, auth("residentA")));
    assertThat(voided.getString("status")).isEqualTo("VOIDED");
    assertThat(decide("residentA", id, "void", version(voided), "Again").statusCode())
        .isEqualTo(409);
    assertThat(queueIds("facultyA")).doesNotContain(id);
  }

  @Test
  void onlyVerifiedEntriesInCountedRolesCountTowardTheMinimum() {
    long programA = cast.getJsonNumber("programA").longValue();
    JsonObject performed = json(log("residentA2", tfesi("facultyA").build(), newKey()));
    JsonObject observed =
        json(log("residentA2", tfesi("facultyA").add("role", "OBSERVED").build(), newKey()));
    JsonObject waiting = json(log("residentA2", tfesi("facultyA").build(), newKey()));
    for (JsonObject e : List.of(performed, observed)) {
      assertThat(
              decide("facultyA", e.getJsonNumber("id").longValue(), "verify", version(e), null)
                  .statusCode())
          .isEqualTo(200);
    }
    assertThat(waiting.getString("status")).isEqualTo("PENDING");

    HttpResponse<String> report =
        client.get("/api/v1/procedure-minimums/report?program=" + programA, auth("directorA"));
    assertThat(report.statusCode()).isEqualTo(200);
    JsonObject row =
        json(report).getJsonArray("rows").getValuesAs(JsonObject.class).stream()
            .filter(
                r ->
                    r.getJsonNumber("traineeId").longValue()
                        == cast.getJsonNumber("residentA2Id").longValue())
            .findFirst()
            .orElseThrow();
    JsonObject cell = row.getJsonArray("cells").getJsonObject(0);
    int verifiedBefore = cell.getInt("verified");
    assertThat(verifiedBefore).as("the observed entry does not count").isEqualTo(1);
    assertThat(cell.getInt("pending")).isGreaterThanOrEqualTo(1);
    assertThat(cell.getInt("required")).isEqualTo(3);

    // the same numbers reach the resident's own progress
    JsonObject line =
        jsonArray(client.get("/api/v1/procedure-progress", auth("residentA2")))
            .get(0)
            .getJsonArray("lines")
            .getJsonObject(0)
            .getJsonObject("progress");
    assertThat(line.getInt("verified")).isEqualTo(verifiedBefore);

    // verifying the waiting entry adds exactly one; the observed one never counted
    decide("facultyA", waiting.getJsonNumber("id").longValue(), "verify", version(waiting), null);
    JsonObject after =
        jsonArray(client.get("/api/v1/procedure-progress", auth("residentA2")))
            .get(0)
            .getJsonArray("lines")
            .getJsonObject(0)
            .getJsonObject("progress");
    assertThat(after.getInt("verified")).isEqualTo(verifiedBefore + 1);

    // month by month, the last month holds the same count, for the trainee and the director alike
    String history =
        "/api/v1/programs/"
            + programA
            + "/requirements/trainees/"
            + cast.getJsonNumber("residentA2Id").longValue()
            + "/history";
    for (String reader : List.of("residentA2", "directorA")) {
      JsonObject series =
          json(client.get(history, auth(reader))).getJsonArray("series").getJsonObject(0);
      var verified = series.getJsonArray("verified");
      assertThat(verified.getInt(verified.size() - 1)).as(reader).isEqualTo(verifiedBefore + 1);
      assertThat(series.getJsonArray("expected")).hasSameSizeAs(verified);
    }
    assertThat(client.get(history, auth("residentA")).statusCode())
        .as("another resident's history does not exist for them")
        .isEqualTo(404);
    assertThat(client.get(history, auth("directorB")).statusCode()).isIn(403, 404);

    assertThat(
            json(client.get(
                    "/api/v1/procedure-minimums/report?program=" + programA, auth("directorA")))
                .getJsonArray("rows")
                .getValuesAs(JsonObject.class))
        .extracting(r -> r.getJsonNumber("traineeId").longValue())
        .doesNotContain(cast.getJsonNumber("residentBId").longValue());
  }

  @Test
  void theCountsBehindMinimumsFollowEveryChangeOfAnEntry() {
    JsonObject entry = json(log("residentA2", tfesi("facultyA").build(), newKey()));
    long id = entry.getJsonNumber("id").longValue();
    JsonObject returned = json(decide("facultyA", id, "reject", version(entry), "Wrong role"));
    String asObserved =
        tfesi("facultyA")
            .add("role", "OBSERVED")
            .add("version", version(returned))
            .build()
            .toString();
    JsonObject revised =
        json(client.putJson("/api/v1/procedure-logs/" + id, asObserved, auth("residentA2")));
    assertThat(revised.getString("role")).isEqualTo("OBSERVED");
    assertThat(decide("facultyA", id, "verify", version(revised), null).statusCode())
        .isEqualTo(200);
    JsonObject other = json(log("residentA2", tfesi("facultyA").build(), newKey()));
    decide("directorA", other.getJsonNumber("id").longValue(), "void", version(other), "Twice");

    assertThat(client.fixture("procedure-count-drift").getJsonArray("differences"))
        .as("procedure_count against a fresh count of procedure_log")
        .isEmpty();
  }

  @Test
  void aDirectorImportsACsvOverTheApiAllOrNothingAndOnlyOnce() {
    long programA = cast.getJsonNumber("programA").longValue();
    String path = "/api/v1/programs/" + programA + "/procedure-log-imports";
    String header =
        "date,trainee,procedure,role,setting,supervisor,spine_region,levels,laterality,guidance,"
            + "age_band,sex,diagnosis,complications,note,status\n";
    String good =
        "2025-03-04,%s,TFESI-LS,performed,outpatient,%s,lumbar,L4-L5,left,,40-64,female,,,,verified\n"
            .formatted(cast.getString("residentA"), cast.getString("facultyA"));
    String bad = good.replace("2025-03-04", "2025-13-04");

    HttpResponse<String> refused =
        client.postText(path, "text/csv", header + good + bad, auth("directorA"));
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("line 3, date");

    String file = header + good + good.replace("2025-03-04", "2025-03-05");
    assertThat(client.postText(path, "text/csv", file, auth("residentA")).statusCode())
        .as("a trainee cannot import")
        .isEqualTo(403);
    assertThat(
            client
                .postText(
                    "/api/v1/programs/"
                        + cast.getJsonNumber("programB").longValue()
                        + "/procedure-log-imports",
                    "text/csv",
                    file,
                    auth("directorA"))
                .statusCode())
        .as("nor a director another program")
        .isEqualTo(403);

    JsonObject first = json(client.postText(path, "text/csv", file, auth("directorA")));
    assertThat(first.getInt("imported")).isEqualTo(2);
    JsonObject again = json(client.postText(path, "text/csv", file, auth("directorA")));
    assertThat(again.getInt("imported")).isZero();
    assertThat(again.getInt("alreadyImported")).isEqualTo(2);
    assertThat(client.fixture("procedure-count-drift").getJsonArray("differences")).isEmpty();
  }

  @Test
  void aTraineeInTwoProgramsSaysWhereTheEntryBelongs() {
    JsonObject noProgram = tfesi("facultyB").build();
    HttpResponse<String> unclear = log("residentAB", noProgram, newKey());
    assertThat(unclear.statusCode()).isEqualTo(400);
    assertThat(json(unclear).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("programId");
    long programB = cast.getJsonNumber("programB").longValue();
    HttpResponse<String> inB =
        log("residentAB", tfesi("facultyB").add("programId", programB).build(), newKey());
    assertThat(inB.statusCode()).isEqualTo(201);
    assertThat(json(inB).getJsonNumber("programId").longValue()).isEqualTo(programB);

    WebClient page = signedIn("residentAB");
    String chooser = page.get("/trainee/log.xhtml").body();
    assertThat(chooser)
        .contains("more than one program")
        .contains("/trainee/log.xhtml?program=" + programB);
    assertThat(page.get("/trainee/log.xhtml?program=" + programB).body())
        .contains("id=\"logForm\"");
  }

  @Test
  void theMinimumsReportIsForTheProgramsLeadershipOnly() {
    long programA = cast.getJsonNumber("programA").longValue();
    String path = "/api/v1/procedure-minimums/report?program=" + programA;
    assertThat(client.get(path, auth("directorA")).statusCode()).isEqualTo(200);
    assertThat(client.get(path, auth("cccA")).statusCode()).isEqualTo(200);
    for (String who : List.of("residentA", "facultyA", "directorB", "residentB")) {
      assertThat(client.get(path, auth(who)).statusCode()).as(who).isEqualTo(403);
    }
    assertThat(
            client
                .get("/api/v1/procedure-minimums?program=" + programA, auth("directorB"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void programPagesRefuseOutsidersWhateverTheProgramParameterSays() {
    long programA = cast.getJsonNumber("programA").longValue();
    WebClient resident = signedIn("residentA");
    WebClient otherDirector = signedIn("directorB");
    for (String page : List.of("logs", "minimums", "standards", "import")) {
      String path = "/program/" + page + ".xhtml?program=" + programA;
      assertThat(resident.get(path).statusCode()).as("resident on " + page).isEqualTo(403);
      HttpResponse<String> other = otherDirector.follow(otherDirector.get(path));
      assertThat(other.uri().getPath()).as("director B on " + page).isEqualTo("/forbidden.xhtml");
      assertThat(other.body()).doesNotContain(cast.getString("residentA"));
    }
    WebClient director = signedIn("directorA");
    assertThat(director.get("/program/minimums.xhtml?program=" + programA).body())
        .contains("Minimum EPIDURAL");
    assertThat(resident.get("/faculty/verify.xhtml").statusCode()).isEqualTo(403);
  }

  // --- helpers ---

  private JsonObjectBuilder tfesi(String supervisor) {
    return LogBodies.tfesi(cast, supervisor);
  }

  private HttpResponse<String> log(String who, JsonObject body, String key) {
    List<String> headers = new ArrayList<>(List.of(auth(who)));
    if (key != null) {
      headers.add("Idempotency-Key");
      headers.add(key);
    }
    return client.postJson(
        "/api/v1/procedure-logs", body.toString(), headers.toArray(String[]::new));
  }

  private HttpResponse<String> decide(
      String who, long id, String action, long version, String reason) {
    JsonObjectBuilder body = Json.createObjectBuilder().add("version", version);
    if (reason != null) {
      body.add("reason", reason);
    }
    return client.postJson(
        "/api/v1/procedure-logs/" + id + "/" + action, body.build().toString(), auth(who));
  }

  private List<Long> queueIds(String faculty) {
    HttpResponse<String> queue = client.get("/api/v1/verifications?limit=200", auth(faculty));
    assertThat(queue.statusCode()).isEqualTo(200);
    return json(queue).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(r -> r.getJsonNumber("id").longValue())
        .toList();
  }

  private long total(String token) {
    return json(client.get("/api/v1/procedure-logs?limit=1", "Authorization", bearer(token)))
        .getJsonNumber("total")
        .longValue();
  }

  private static long version(JsonObject entry) {
    return entry.getJsonNumber("version").longValue();
  }

  private static List<JsonObject> jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    return Json.createReader(new java.io.StringReader(response.body()))
        .readArray()
        .getValuesAs(JsonObject.class);
  }

  private String token(String who) {
    return cast.token(who);
  }

  private WebClient signedIn(String who) {
    return cast.signedIn(who);
  }

  private static String newKey() {
    return UUID.randomUUID().toString();
  }
}
