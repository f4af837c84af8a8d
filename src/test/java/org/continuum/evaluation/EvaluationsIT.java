package org.continuum.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.testclient.CastTest;
import org.junit.jupiter.api.Test;

/**
 * Evaluations through the API, as their authors, trainees, directors and outsiders use them:
 * signing with the password again, immutability, concurrent drafts, who reads what, anonymity, the
 * schedule job's idempotence and the reminder mail.
 */
class EvaluationsIT extends CastTest {

  @Override
  protected String fixture() {
    return "evaluation-programs";
  }

  @Test
  void theScheduleIssuedEachRequestOnceAndRunningItAgainIssuesNothing() {
    // 4 residents x (2 teachers' evaluations + self-assessment + 2 anonymous ones)
    assertThat(cast.getInt("issued")).isEqualTo(30);
    String issue = "/api/v1/programs/" + cast.getJsonNumber("programA") + "/evaluations/issue";
    JsonObject again = json(client.postJson(issue, "{}", auth("directorA")));
    assertThat(again.getInt("created")).isZero();
    assertThat(again.getInt("existing")).isEqualTo(30);
    assertThat(client.postJson(issue, "{}", auth("directorB")).statusCode()).isEqualTo(403);
  }

  @Test
  void aSignedEvaluationCarriesItsSignatureAndCannotBeEditedAnyMore() {
    JsonObject evaluation = openEvaluation("facultyA", "resident1", "FACULTY_OF_TRAINEE");
    long id = evaluation.getJsonNumber("id").longValue();
    JsonObject saved =
        saveDraft("facultyA", id, version(evaluation), "3.5", "Señora Müller’s case ✓");

    HttpResponse<String> signed =
        client.postJson(
            "/api/v1/evaluations/" + id + "/signature",
            "{\"version\":" + version(saved) + ",\"password\":\"" + password() + "\"}",
            auth("facultyA"));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    JsonObject signature = json(signed).getJsonObject("signature");
    assertThat(signature.getJsonNumber("signerId").longValue())
        .isEqualTo(cast.getJsonNumber("facultyAId").longValue());
    assertThat(signature.getString("meaning")).isEqualTo("Authored");
    assertThat(signature.getString("contentHash")).matches("[0-9a-f]{64}");
    assertThat(signature.getString("signedAt")).endsWith("Z");
    assertThat(signature.getBoolean("valid")).isTrue();
    assertThat(signature.getString("sealCheck"))
        .as("sealed with the server's key")
        .isEqualTo("VERIFIED");
    // answers are stored as the scale's codes, so correcting the supervision scale's order and
    // scores (decision 66) rewrites no signed answer: it reads back as chosen, under its seal
    JsonObject supervision =
        json(client.get("/api/v1/evaluations/" + id, auth("facultyA")))
            .getJsonArray("items")
            .getJsonObject(1);
    assertThat(supervision.getString("type")).isEqualTo("SUPERVISION");
    assertThat(supervision.getString("value")).isEqualTo("INDIRECT_AVAILABLE");

    HttpResponse<String> edit =
        client.putJson(
            "/api/v1/evaluations/" + id + "/draft",
            "{\"version\":"
                + version(json(signed))
                + ",\"answers\":[{\"item\":1,\"value\":\"5\"}]}",
            auth("facultyA"));
    assertThat(edit.statusCode()).isEqualTo(409);
    assertThat(json(edit).getString("detail")).contains("signed and cannot change");

    // the trainee reads it, with the same signature, and acknowledges it once
    JsonObject read = json(client.get("/api/v1/evaluations/" + id, auth("resident1")));
    assertThat(read.getJsonObject("signature").getString("contentHash"))
        .isEqualTo(signature.getString("contentHash"));
    assertThat(read.getJsonArray("items").getJsonObject(2).getString("text"))
        .isEqualTo("Señora Müller’s case ✓");
    HttpResponse<String> ack =
        client.postJson(
            "/api/v1/evaluations/" + id + "/acknowledgement",
            "{\"version\":" + version(read) + "}",
            auth("resident1"));
    assertThat(ack.statusCode()).as(ack.body()).isEqualTo(200);
    assertThat(json(ack).getString("acknowledgedAt")).isNotBlank();
  }

  @Test
  void aSignedAmendmentReplacesTheOriginalsRatingsInTheCohortsEvidence() {
    JsonObject before = client.fixture("cohort-rating-drift");
    assertThat(before.getJsonArray("differences")).isEmpty();
    JsonObject evaluation = openEvaluation("facultyA", "resident4", "FACULTY_OF_TRAINEE");
    long id = evaluation.getJsonNumber("id").longValue();
    JsonObject saved = saveDraft("facultyA", id, version(evaluation), "2", null);
    sign("facultyA", id, version(saved));

    // its one milestone rating now counts
    JsonObject afterSigning = client.fixture("cohort-rating-drift");
    assertThat(afterSigning.getJsonArray("differences")).isEmpty();
    assertThat(afterSigning.getInt("rows")).isEqualTo(before.getInt("rows") + 1);

    // the amendment, until signed, changes nothing; once signed, its rating replaces the original's
    HttpResponse<String> started =
        client.postJson(
            "/api/v1/evaluations/" + id + "/amendments",
            "{\"reason\":\"Wrong level entered\"}",
            auth("facultyA"));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    JsonObject amendment = json(started);
    long amendmentId = amendment.getJsonNumber("id").longValue();
    JsonObject amended = saveDraft("facultyA", amendmentId, version(amendment), "3", null);
    assertThat(client.fixture("cohort-rating-drift").getInt("rows"))
        .isEqualTo(afterSigning.getInt("rows"));
    sign("facultyA", amendmentId, version(amended));
    JsonObject afterAmending = client.fixture("cohort-rating-drift");
    assertThat(afterAmending.getJsonArray("differences")).isEmpty();
    assertThat(afterAmending.getInt("rows")).isEqualTo(afterSigning.getInt("rows"));
    assertThat(
            json(client.get("/api/v1/evaluations/" + id, auth("directorA")))
                .getJsonNumber("amendedById")
                .longValue())
        .isEqualTo(amendmentId);
  }

  @Test
  void signingWithAWrongPasswordIsRefusedAndCountsTowardTheLockout() {
    JsonObject evaluation = openEvaluation("facultyL", "resident3", "FACULTY_OF_TRAINEE");
    long id = evaluation.getJsonNumber("id").longValue();
    JsonObject saved = saveDraft("facultyL", id, version(evaluation), "2", null);
    String wrong = "{\"version\":" + version(saved) + ",\"password\":\"not my password\"}";
    for (int attempt = 1; attempt <= 5; attempt++) {
      HttpResponse<String> refused =
          client.postJson("/api/v1/evaluations/" + id + "/signature", wrong, auth("facultyL"));
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(json(refused).getJsonArray("errors").getJsonObject(0).getString("field"))
          .isEqualTo("password");
    }
    // five wrong passwords lock the account: the right one no longer signs in, nor signs
    HttpResponse<String> signIn =
        client.postJson(
            "/api/v1/auth/token",
            "{\"username\":\""
                + cast.getString("facultyL")
                + "\",\"password\":\""
                + password()
                + "\"}");
    assertThat(signIn.statusCode()).isEqualTo(401);
    HttpResponse<String> right =
        client.postJson(
            "/api/v1/evaluations/" + id + "/signature",
            "{\"version\":" + version(saved) + ",\"password\":\"" + password() + "\"}",
            auth("facultyL"));
    assertThat(right.statusCode()).isIn(400, 401);
    assertThat(json(client.get("/api/v1/evaluations/" + id, auth("directorA"))).getString("status"))
        .isEqualTo("IN_PROGRESS");
  }

  @Test
  void twoSavesOfTheSameDraftVersionGetAClearConflict() {
    JsonObject evaluation = openEvaluation("facultyA", "resident2", "FACULTY_OF_TRAINEE");
    long id = evaluation.getJsonNumber("id").longValue();
    long seen = version(evaluation);
    saveDraft("facultyA", id, seen, "2", "first device");
    HttpResponse<String> second =
        client.putJson(
            "/api/v1/evaluations/" + id + "/draft",
            "{\"version\":" + seen + ",\"answers\":[{\"item\":1,\"value\":\"4\"}]}",
            auth("facultyA"));
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(json(second).getString("detail")).contains("changed by").contains("Reload");
    assertThat(
            json(client.get("/api/v1/evaluations/" + id, auth("facultyA")))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("value"))
        .isEqualTo("2");
  }

  @Test
  void evaluationsAreReadByTheirAuthorTheirTraineeOnceSignedAndTheProgramsLeadershipOnly() {
    JsonObject evaluation = openEvaluation("facultyA", "resident3", "FACULTY_OF_TRAINEE");
    String path = "/api/v1/evaluations/" + evaluation.getJsonNumber("id");
    assertThat(status(path, "facultyA")).isEqualTo(200);
    assertThat(status(path, "directorA")).isEqualTo(200);
    assertThat(status(path, "resident3")).as("not signed yet").isEqualTo(404);
    for (String outsider : List.of("facultyA2", "resident2", "directorB", "residentB")) {
      assertThat(status(path, outsider)).as(outsider).isEqualTo(404);
    }
    assertThat(jsonArray(client.get("/api/v1/evaluations", auth("facultyA2")))).isEmpty();
    // a faculty member who does not teach the trainee cannot write on their evaluation either
    HttpResponse<String> intrusion =
        client.putJson(
            path + "/draft",
            "{\"version\":" + version(evaluation) + ",\"answers\":[]}",
            auth("facultyA2"));
    assertThat(intrusion.statusCode()).isEqualTo(404);
    assertThat(
            status(
                "/api/v1/programs/" + cast.getJsonNumber("programA") + "/evaluations", "residentB"))
        .isEqualTo(403);
  }

  @Test
  void anonymousEvaluationsNeverRevealTheirAuthors() {
    String programA = cast.getJsonNumber("programA").toString();
    String feedbackPath = "/api/v1/programs/" + programA + "/evaluations/feedback";
    long facultyA = cast.getJsonNumber("facultyAId").longValue();
    for (int i = 1; i <= 3; i++) {
      String resident = "resident" + i;
      long id = handInAbout(resident, facultyA, String.valueOf(i + 2), "marker-" + i);
      assertThat(status("/api/v1/evaluations/" + id, "directorA")).isEqualTo(404);
      assertThat(status("/api/v1/evaluations/" + id, "facultyA")).isEqualTo(404);
      if (i == 2) {
        JsonObject early = json(client.get(feedbackPath, auth("directorA")));
        assertThat(early.toString()).as("below the threshold").doesNotContain("marker-1");
      }
      JsonObject after = json(client.get("/api/v1/evaluations/" + id, auth(resident)));
      assertThat(after.getString("status")).isEqualTo("SUBMITTED");
      assertThat(after.getJsonArray("items").getJsonObject(1).containsKey("text")).isFalse();
    }
    assertThat(client.get(feedbackPath, auth("directorA")).body())
        .as("nothing shows before the nightly release")
        .doesNotContain("marker-");
    assertThat(client.fixture("release-feedback").getInt("released")).isEqualTo(3);
    HttpResponse<String> report = client.get(feedbackPath, auth("directorA"));
    assertThat(report.statusCode()).isEqualTo(200);
    String body = report.body();
    assertThat(body).contains("marker-1", "marker-2", "marker-3");
    JsonObject group =
        json(report).getJsonArray("groups").getValuesAs(JsonObject.class).stream()
            .filter(g -> g.getInt("responses") == 3)
            .findFirst()
            .orElseThrow();
    assertThat(group.getBoolean("shown")).isTrue();
    assertThat(group.getJsonArray("items").getJsonObject(0).getJsonNumber("average").doubleValue())
        .isEqualTo(4.0);
    for (int i = 1; i <= 3; i++) {
      assertThat(body)
          .doesNotContain(cast.getString("resident" + i))
          .doesNotContain("\"" + cast.getJsonNumber("resident" + i + "Id") + "\"");
    }
    assertThat(status(feedbackPath, "facultyA")).isEqualTo(403);
    assertThat(status(feedbackPath, "coordinatorA")).isEqualTo(403);
  }

  /**
   * A director who reads the report after every hand-in learns nothing about any one trainee: new
   * responses wait for the nightly release, which takes them only three at a time; a fourth alone
   * waits and the report stays as it was; an item or comments too few answered stay hidden.
   */
  @Test
  void feedbackIsReleasedInBatchesNeverOneResponseAtATime() {
    String programA = cast.getJsonNumber("programA").toString();
    String feedbackPath = "/api/v1/programs/" + programA + "/evaluations/feedback";
    long facultyL = cast.getJsonNumber("facultyLId").longValue();
    String before = client.get(feedbackPath, auth("directorA")).body();
    for (int i = 1; i <= 3; i++) {
      handInAbout("resident" + i, facultyL, String.valueOf(i + 1), "first-remark-" + i);
      assertThat(client.get(feedbackPath, auth("directorA")).body())
          .as("the report does not move when one trainee hands in")
          .isEqualTo(before);
      if (i < 3) {
        assertThat(client.fixture("release-feedback").getInt("released"))
            .as("fewer than a batch waits")
            .isZero();
      }
    }
    assertThat(client.fixture("release-feedback").getInt("released")).isEqualTo(3);
    JsonObject report = json(client.get(feedbackPath, auth("directorA")));
    assertThat(report.getInt("batchSize")).isEqualTo(3);
    assertThat(report.getString("releasedOn")).isEqualTo(cast.getString("today"));
    JsonObject group = groupAbout(report, 3);
    assertThat(group.getBoolean("shown")).isTrue();
    JsonObject rated = group.getJsonArray("items").getJsonObject(0);
    assertThat(rated.getJsonNumber("average").doubleValue()).isEqualTo(3.0);
    JsonObject commented = group.getJsonArray("items").getJsonObject(1);
    assertThat(commented.getJsonArray("comments")).hasSize(3);
    assertThat(commented.getInt("withheldComments")).isZero();

    String released = report.toString();
    handInAbout("resident4", facultyL, "5", "second-remark");
    assertThat(client.fixture("release-feedback").getInt("released")).isZero();
    assertThat(json(client.get(feedbackPath, auth("directorA"))).toString())
        .as("a fourth response alone would be the difference between two reports")
        .isEqualTo(released);

    // a second batch of three in which one trainee comments: four comments in all, enough by
    // count, but the new one would be the difference between two reports, so it stays held back
    handInAbout("resident5", facultyL, "5", null);
    handInAbout("resident6", facultyL, "5", null);
    assertThat(client.fixture("release-feedback").getInt("released")).isEqualTo(3);
    JsonObject second = json(client.get(feedbackPath, auth("directorA")));
    JsonObject group6 = groupAbout(second, 6);
    assertThat(group6.getJsonArray("items").getJsonObject(0).getInt("rated")).isEqualTo(6);
    JsonObject comments6 = group6.getJsonArray("items").getJsonObject(1);
    assertThat(comments6.getJsonArray("comments")).hasSize(3);
    assertThat(comments6.getInt("withheldComments")).isEqualTo(1);
    assertThat(second.toString()).doesNotContain("second-remark");
  }

  /**
   * The program's list never shows who handed in an anonymous evaluation, or who did not, to its
   * director, coordinator or committee, including a committee member the evaluations are about:
   * whatever the filter, only counts.
   */
  @Test
  void listsCountAnonymousEvaluationsAndNeverNameTheirAuthors() {
    String programA = cast.getJsonNumber("programA").toString();
    long facultyL = cast.getJsonNumber("facultyLId").longValue();
    long handedIn = handInAbout("resident1", facultyL, "4", "about-teaching");
    String list = "/api/v1/programs/" + programA + "/evaluations";
    for (String reader : List.of("directorA", "coordinatorA", "facultyL")) {
      for (String query :
          List.of("", "?status=SUBMITTED", "?kind=ROTATION_AND_FACULTY", "?status=REQUESTED")) {
        HttpResponse<String> page = client.get(list + query, auth(reader));
        assertThat(page.statusCode()).as(reader + query).isEqualTo(200);
        assertThat(page.body()).as(reader + query).doesNotContain("ROTATION_AND_FACULTY");
      }
      JsonObject tally = json(client.get(list + "/anonymous-tally", auth(reader)));
      assertThat(tally.getInt("released"))
          .as(reader + ": a hand-in does not move the count, only a release does")
          .isZero();
      assertThat(tally.getInt("requested")).as(reader).isGreaterThan(1);
      assertThat(status("/api/v1/evaluations/" + handedIn, reader)).as(reader).isEqualTo(404);
    }
    assertThat(status(list + "/feedback", "facultyL")).as("committee faculty").isEqualTo(403);
    assertThat(status(list + "/anonymous-tally", "residentB")).isEqualTo(403);
    // the page: overdue requests by default, anonymous ones never, only their count
    String page =
        cast.signedIn("directorA").get("/program/evaluations.xhtml?program=" + programA).body();
    assertThat(page)
        .contains("0 responses released so far")
        .doesNotContain(EvaluationKind.ROTATION_AND_FACULTY.label());
  }

  /**
   * A narrative naming the trainee it is about is what evaluations are for; one naming a patient,
   * or an anonymous comment with a record number, is refused with the item named, and the draft as
   * saved before stays.
   */
  @Test
  void narrativesMayNameTheProgramsPeopleButNeverAPatient() {
    JsonObject evaluation = openEvaluation("facultyA", "resident1", "FACULTY_OF_TRAINEE");
    long id = evaluation.getJsonNumber("id").longValue();
    String trainee = cast.getString("resident1Name");
    JsonObject saved =
        saveDraft("facultyA", id, version(evaluation), "3", trainee + " ran the clinic well.");
    HttpResponse<String> refused =
        client.putJson(
            "/api/v1/evaluations/" + id + "/draft",
            "{\"version\":"
                + version(saved)
                + ",\"answers\":[{\"item\":3,\"text\":\"Saw Mrs. Alvarez (DOB 3/14/1950) with me.\"}]}",
            auth("facultyA"));
    assertThat(refused.statusCode()).isEqualTo(400);
    JsonObject error = json(refused).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("item3");
    assertThat(error.getString("message")).contains("seems to contain");
    JsonObject after = json(client.get("/api/v1/evaluations/" + id, auth("facultyA")));
    assertThat(after.toString()).contains(trainee + " ran the clinic well.");

    JsonObject anonymous =
        openAnonymousAbout("resident2", cast.getJsonNumber("facultyAId").longValue());
    HttpResponse<String> comment =
        client.putJson(
            "/api/v1/evaluations/" + anonymous.getJsonNumber("id") + "/draft",
            "{\"version\":"
                + version(anonymous)
                + ",\"answers\":[{\"item\":2,\"text\":\"The clinic lost chart 20231187 twice.\"}]}",
            auth("resident2"));
    assertThat(comment.statusCode()).isEqualTo(400);
    assertThat(comment.body()).contains("item2");
  }

  /** Hands in the trainee's anonymous evaluation about the faculty member; returns its id. */
  private long handInAbout(String trainee, long facultyId, String value, String comment) {
    JsonObject request = openAnonymousAbout(trainee, facultyId);
    long id = request.getJsonNumber("id").longValue();
    String text = comment == null ? "" : ",{\"item\":2,\"text\":" + Json.createValue(comment) + "}";
    JsonObject saved =
        json(
            client.putJson(
                "/api/v1/evaluations/" + id + "/draft",
                "{\"version\":"
                    + version(request)
                    + ",\"answers\":[{\"item\":1,\"value\":\""
                    + value
                    + "\"}"
                    + text
                    + "]}",
                auth(trainee)));
    HttpResponse<String> handed =
        client.postJson(
            "/api/v1/evaluations/" + id + "/submission",
            "{\"version\":" + version(saved) + "}",
            auth(trainee));
    assertThat(handed.statusCode()).as(handed.body()).isEqualTo(204);
    return id;
  }

  private static JsonObject groupAbout(JsonObject report, int responses) {
    return report.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
        .filter(g -> g.getInt("responses") == responses)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aReminderMailReachesTheSmtpServerOnceADay() throws Exception {
    GreenMail smtp = new GreenMail(ServerSetupTest.SMTP);
    smtp.start();
    try {
      JsonObject sent = client.fixture("send-reminders");
      assertThat(sent.getInt("messages")).isPositive();
      String facultyAddress = cast.getString("facultyA") + "@example.org";
      MimeMessage mine = null;
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (m.getRecipients(Message.RecipientType.TO)[0].toString().equals(facultyAddress)) {
          mine = m;
        }
      }
      assertThat(mine).as("a message to " + facultyAddress).isNotNull();
      assertThat(mine.getSubject()).contains("waiting for you").contains("overdue");
      String text = mine.getContent().toString();
      assertThat(text).contains("Faculty evaluation of trainee").contains("(overdue)");
      int received = smtp.getReceivedMessages().length;
      assertThat(client.fixture("send-reminders").getInt("messages")).isZero();
      assertThat(smtp.getReceivedMessages()).hasSize(received);
    } finally {
      smtp.stop();
    }
  }

  private JsonObject openEvaluation(String evaluator, String trainee, String kind) {
    long traineeId = cast.getJsonNumber(trainee + "Id").longValue();
    JsonObject row =
        jsonArray(client.get("/api/v1/evaluations", auth(evaluator))).stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("kind").equals(kind))
            .filter(r -> r.getJsonNumber("traineeId").longValue() == traineeId)
            .findFirst()
            .orElseThrow();
    return json(client.get("/api/v1/evaluations/" + row.getJsonNumber("id"), auth(evaluator)));
  }

  private JsonObject openAnonymousAbout(String trainee, long facultyId) {
    JsonObject row =
        jsonArray(client.get("/api/v1/evaluations", auth(trainee))).stream()
            .map(JsonObject.class::cast)
            .filter(r -> r.getString("kind").equals("ROTATION_AND_FACULTY"))
            .filter(
                r ->
                    r.containsKey("aboutFacultyId")
                        && r.getJsonNumber("aboutFacultyId").longValue() == facultyId)
            .findFirst()
            .orElseThrow();
    return json(client.get("/api/v1/evaluations/" + row.getJsonNumber("id"), auth(trainee)));
  }

  private JsonObject saveDraft(String who, long id, long version, String level, String comment) {
    String text = comment == null ? "" : ",{\"item\":3,\"text\":" + Json.createValue(comment) + "}";
    HttpResponse<String> saved =
        client.putJson(
            "/api/v1/evaluations/" + id + "/draft",
            "{\"version\":"
                + version
                + ",\"answers\":[{\"item\":1,\"value\":\""
                + level
                + "\"},{\"item\":2,\"value\":\"INDIRECT_AVAILABLE\"}"
                + text
                + "]}",
            auth(who));
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    return json(saved);
  }

  private JsonObject sign(String who, long id, long version) {
    HttpResponse<String> signed =
        client.postJson(
            "/api/v1/evaluations/" + id + "/signature",
            "{\"version\":" + version + ",\"password\":\"" + password() + "\"}",
            auth(who));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
    return json(signed);
  }

  private static long version(JsonObject evaluation) {
    return evaluation.getJsonNumber("version").longValue();
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private String password() {
    return cast.getString("password");
  }

  private int status(String path, String who) {
    return client.get(path, auth(who)).statusCode();
  }
}
