package org.continuum.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.continuum.testclient.CastTest;
import org.continuum.testsupport.ModuleSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The semiannual milestone review over the API: the committee's packet, proposals with version
 * checks, the director's finalisation that needs every level and the password, a finalised period
 * locked, the trainee's trajectory, the learning plan, the portfolio and the milestone file. Each
 * test has a program of its own, where residentA's EDX block was rated PC5 3.5 by one teacher.
 */
class MilestoneReviewIT extends CastTest {

  @Override
  protected String fixture() {
    return "review-programs";
  }

  private static final String RATIONALE = "Independent with routine studies.";

  private String program;
  private String dashboard;
  private String trajectory;

  @BeforeEach
  void setUp() {
    program = "/api/v1/programs/" + cast.id("programA");
    dashboard = program + "/dashboard";
    trajectory = program + "/trainees/" + cast.id("residentAId") + "/trajectory";
  }

  @Test
  void beforeAnyPeriodTheDashboardHasTheMinimumsButNoHeatMap() {
    HttpResponse<String> before = client.get(dashboard, auth("directorA"));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(200);
    assertThat(json(before).getJsonArray("periods")).isEmpty();
    assertThat(json(before).containsKey("heatMap")).as("no period, no heat map").isFalse();
    assertThat(json(before).getJsonObject("minimums").getJsonNumber("programId").longValue())
        .isEqualTo(cast.id("programA"));
    assertThat(client.get(dashboard + "?period=999999", auth("directorA")).statusCode())
        .as("a period the program does not have, before any opens")
        .isEqualTo(404);
  }

  @Test
  void theWorkToDoIsTheDirectorsAndTheCoordinatorsAndNamesTheReviewOfTheTerm() {
    String work = program + "/work";
    for (String reader : List.of("directorA", "coordinatorA")) {
      HttpResponse<String> answer = client.get(work, auth(reader));
      assertThat(answer.statusCode()).as(reader + ": " + answer.body()).isEqualTo(200);
      JsonObject body = json(answer);
      assertThat(body.getJsonObject("review").getString("label"))
          .as("the term of today, not opened in this program")
          .matches("(Fall|Spring) \\d{4}-\\d{4}");
      assertThat(body.getJsonObject("review").containsKey("status")).isFalse();
      assertThat(body.getJsonArray("traineesBehind")).isNotNull();
      assertThat(body.getJsonArray("waitingVerification")).as("nothing logged").isEmpty();
    }
    assertThat(client.get(work, auth("cccA")).statusCode()).isEqualTo(403);
    assertThat(client.get(work, auth("residentA")).statusCode()).isEqualTo(403);
    assertThat(client.get(work, auth("directorB")).statusCode()).isEqualTo(403);
  }

  @Test
  void onlyTheDirectorOpensAPeriod() {
    assertThat(client.postJson(program + "/reviews", opening(), auth("cccA")).statusCode())
        .isEqualTo(403);
    assertThat(client.postJson(program + "/reviews", opening(), auth("directorA")).statusCode())
        .isEqualTo(200);
  }

  @Test
  void thePacketShowsTheFacultyRatingsToTheCommitteeAndToNobodyOutsideIt() {
    Review review = open();
    HttpResponse<String> packet = client.get(review.packet(), auth("cccA"));
    assertThat(packet.statusCode()).as(packet.body()).isEqualTo(200);
    JsonObject pc5 = row(json(packet), "PC5");
    assertThat(pc5.getJsonObject("faculty").getInt("count"))
        .as("the \"not yet assessable\" answer is not a rating")
        .isEqualTo(1);
    assertThat(pc5.getJsonObject("faculty").getJsonNumber("median").doubleValue()).isEqualTo(3.5);
    assertThat(pc5.getString("target")).matches("[1-4](\\.5)?");
    for (String outsider : List.of("residentA", "cccB", "coordinatorA")) {
      assertThat(client.get(review.packet(), auth(outsider)).statusCode())
          .as(outsider)
          .isEqualTo(404);
      assertThat(
              client
                  .putJson(review.packet() + "/proposals/PC5", "{\"level\":\"5\"}", auth(outsider))
                  .statusCode())
          .as(outsider)
          .isEqualTo(404);
    }
  }

  @Test
  void theDirectorSetsTargetsAndThePacketShowsThem() {
    Review review = open();
    String pc1Before =
        row(json(client.get(review.packet(), auth("cccA"))), "PC1").getString("target");
    targetsOfPc5Are5();
    JsonObject packet = json(client.get(review.packet(), auth("cccA")));
    assertThat(row(packet, "PC5").getString("target")).isEqualTo("5");
    assertThat(row(packet, "PC1").getString("target")).isEqualTo(pc1Before);
  }

  @Test
  void thePacketAsAPdfParsesBack() {
    Review review = open();
    HttpResponse<byte[]> pdf = client.getBytes(review.packet() + "/packet.pdf", auth("cccA"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body()))
        .contains("Competency committee evidence packet")
        .contains("PC5")
        .contains("Faculty this period: 3.5, 1 rating");
  }

  @Test
  void theDashboardHoldsWhatItsPartsHoldForTheProgramsLeadershipOnly() {
    Review review = open();
    HttpResponse<String> heat = client.get(dashboard + "/heat-map", auth("directorA"));
    assertThat(heat.statusCode()).as(heat.body()).isEqualTo(200);
    JsonObject heatMap = json(heat);
    int pc5Column =
        heatMap.getJsonArray("codes").getValuesAs(JsonString.class).stream()
            .map(JsonString::getString)
            .toList()
            .indexOf("PC5");
    JsonObject cell =
        heatMap
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonArray("cells")
            .getJsonObject(pc5Column);
    assertThat(cell.getString("level")).as("the median so far").isEqualTo("3.5");
    assertThat(cell.getString("status")).isIn("AT", "ABOVE", "BELOW");
    assertThat(client.get(dashboard + "/faculty-completion", auth("directorA")).statusCode())
        .isEqualTo(200);

    HttpResponse<String> whole = client.get(dashboard, auth("cccA"));
    assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
    assertThat(json(whole).getJsonObject("heatMap")).isEqualTo(heatMap);
    assertThat(json(whole).getJsonObject("minimums"))
        .isEqualTo(
            json(
                client.get(
                    "/api/v1/procedure-minimums/report?program=" + cast.id("programA"),
                    auth("cccA"))));
    assertThat(json(whole).getJsonArray("earlyWarnings"))
        .isEqualTo(array(client.get(dashboard + "/early-warnings", auth("cccA"))));
    assertThat(json(whole).getJsonArray("periods").getJsonObject(0).getJsonNumber("id").longValue())
        .isEqualTo(review.id());
    for (String outsider : List.of("residentA", "coordinatorA", "cccB")) {
      for (String part : List.of("", "/heat-map", "/early-warnings")) {
        assertThat(client.get(dashboard + part, auth(outsider)).statusCode())
            .as(outsider + " " + part)
            .isEqualTo(403);
      }
    }
    assertThat(client.get(dashboard + "?period=999999", auth("directorA")).statusCode())
        .as("another period than the program's")
        .isEqualTo(404);
  }

  @Test
  void proposalsAreCheckedAndNeverOverwriteAChangeUnseen() {
    Review review = open();
    HttpResponse<String> bad = propose(review, "PC5", "{\"level\":\"2.25\"}", "cccA");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("level");
    assertThat(pc5Proposal(review).statusCode()).isEqualTo(204);
    HttpResponse<String> unseen = propose(review, "PC5", "{\"level\":\"3\"}", "directorA");
    assertThat(unseen.statusCode()).isEqualTo(409);
  }

  @Test
  void aRationaleOrGoalThatCouldIdentifyAPatientIsRefusedNamingTheField() {
    Review review = open();
    HttpResponse<String> named =
        propose(
            review,
            "PC5",
            "{\"level\":\"3\",\"rationale\":\"Missed the hematoma in the 92 yo on 3/14.\"}",
            "cccA");
    assertThat(named.statusCode()).isEqualTo(400);
    JsonObject error = json(named).getJsonArray("errors").getJsonObject(0);
    assertThat(error.getString("field")).isEqualTo("rationale");
    assertThat(error.getString("message")).startsWith("Rationale seems to contain");
  }

  @Test
  void finalisingNeedsEveryLevelTheDirectorAndThePasswordAndThenLocksThePeriod() {
    Review review = open();
    assertThat(pc5Proposal(review).statusCode()).isEqualTo(204);
    long version =
        json(client.get(review.path(), auth("directorA"))).getJsonNumber("version").longValue();
    String wrong = "{\"version\":" + version + ",\"password\":\"nope\"}";
    HttpResponse<String> incomplete =
        client.postJson(review.path() + "/finalisation", wrong, auth("directorA"));
    assertThat(incomplete.statusCode()).isEqualTo(409);
    assertThat(json(incomplete).getString("detail")).contains("still to be proposed");

    proposeTheRest(review);
    assertThat(client.postJson(review.path() + "/finalisation", wrong, auth("cccA")).statusCode())
        .isEqualTo(403);
    assertThat(
            client.postJson(review.path() + "/finalisation", wrong, auth("directorA")).statusCode())
        .as("the wrong password")
        .isEqualTo(400);
    HttpResponse<String> finalised = finalise(review, version);
    assertThat(json(finalised).getString("status")).isEqualTo("FINALISED");
    assertThat(json(finalised).getString("contentHash")).matches("[0-9a-f]{64}");

    JsonObject locked = row(json(client.get(review.packet(), auth("cccA"))), "PC5");
    HttpResponse<String> late =
        propose(
            review,
            "PC5",
            "{\"version\":" + locked.getJsonNumber("proposalVersion") + ",\"level\":\"4\"}",
            "cccA");
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json(late).getString("detail")).contains("finalized and locked");
    assertThat(locked.getString("finalLevel")).isEqualTo("3.5");
  }

  @Test
  void theTraineeSeesTheirFinalLevelsOverTimeAndNobodyOutsideTheReviewDoes() {
    HttpResponse<String> early = client.get(trajectory, auth("residentA"));
    assertThat(early.statusCode()).as(early.body()).isEqualTo(200);
    assertThat(json(early).getJsonArray("periods")).as("nothing finalised yet").isEmpty();

    finalisedReview();
    JsonObject mine = json(client.get(trajectory, auth("residentA")));
    assertThat(mine.getJsonArray("periods")).hasSize(1);
    JsonObject pc5Line =
        mine.getJsonArray("lines").getValuesAs(JsonObject.class).stream()
            .filter(l -> l.getString("code").equals("PC5"))
            .findFirst()
            .orElseThrow();
    JsonObject point = pc5Line.getJsonArray("points").getJsonObject(0);
    assertThat(point.getString("level")).isEqualTo("3.5");
    assertThat(point.getString("target")).isEqualTo("5");
    assertThat(point.getString("status")).isEqualTo("BELOW");
    assertThat(mine.toString()).doesNotContain(RATIONALE);
    for (String outsider : List.of("coordinatorA", "cccB")) {
      assertThat(client.get(trajectory, auth(outsider)).statusCode()).as(outsider).isEqualTo(404);
    }
    assertThat(client.get(trajectory, auth("cccA")).statusCode()).isEqualTo(200);
  }

  @Test
  void aLearningPlanIsDraftedFromTheGapsAndRequiredModulesAndUnseenByTheTraineeUntilShared() {
    Review review = finalisedReview();
    String plan = review.packet() + "/learning-plan";
    for (String outsider : List.of("residentA", "coordinatorA", "cccB")) {
      assertThat(client.postJson(plan, "{}", auth(outsider)).statusCode())
          .as(outsider)
          .isEqualTo(404);
    }
    requireAModuleByPgy2();
    HttpResponse<String> drafted = client.postJson(plan, "{}", auth("cccA"));
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
    List<JsonObject> goals = json(drafted).getJsonArray("goals").getValuesAs(JsonObject.class);
    assertThat(goals)
        .anySatisfy(
            g -> {
              assertThat(g.getString("source")).isEqualTo("LEVEL");
              assertThat(g.getString("subcompetencyCode")).isEqualTo("PC5");
            });
    assertThat(goals)
        .anySatisfy(
            g -> {
              assertThat(g.getString("source")).isEqualTo("MODULE");
              assertThat(g.getString("goal")).contains("A test module: knees");
            });
    assertThat(array(client.get("/api/v1/learning-plans", auth("residentA")))).isEmpty();
  }

  @Test
  void goalsAreEditedWithTheVersionReadAndABadDateNamesTheField() {
    Review review = finalisedReview();
    JsonObject plan = draftPlan(review);
    String goals = review.packet() + "/learning-plan/goals";
    int drafted = plan.getJsonArray("goals").size();
    String goal =
        "{\"version\":" + plan.getJsonNumber("version") + ",\"goal\":\"Read the EDX primer\"";
    HttpResponse<String> identifying =
        client.postJson(
            goals,
            "{\"version\":"
                + plan.getJsonNumber("version")
                + ",\"goal\":\"Follow up the case of John Smith, MRN A12345\",\"dueOn\":\"2030-01-31\"}",
            auth("cccA"));
    assertThat(identifying.statusCode()).isEqualTo(400);
    assertThat(identifying.body()).contains("\"goal\"").contains("seems to contain");
    HttpResponse<String> badDate =
        client.postJson(goals, goal + ",\"dueOn\":\"soon\"}", auth("cccA"));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("dueOn");
    String dated = goal + ",\"dueOn\":\"2030-01-31\"}";
    assertThat(client.postJson(goals, dated, auth("residentA")).statusCode()).isEqualTo(404);
    HttpResponse<String> added = client.postJson(goals, dated, auth("cccA"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(client.postJson(goals, dated, auth("cccA")).statusCode())
        .as("a stale version is refused")
        .isEqualTo(409);
    plan = json(added);
    assertThat(plan.getJsonArray("goals")).hasSize(drafted + 1);

    int seq = plan.getJsonArray("goals").getJsonObject(drafted).getInt("seq");
    HttpResponse<String> revised =
        client.putJson(
            goals + "/" + seq,
            "{\"version\":"
                + plan.getJsonNumber("version")
                + ",\"goal\":\"Read the EDX primer twice\",\"dueOn\":\"2030-02-28\",\"met\":true}",
            auth("directorA"));
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    plan = json(revised);
    assertThat(plan.getJsonArray("goals").getJsonObject(drafted).getBoolean("met")).isTrue();
    HttpResponse<String> removed =
        client.delete(
            goals + "/" + seq + "?version=" + plan.getJsonNumber("version"), auth("cccA"));
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(json(removed).getJsonArray("goals")).hasSize(drafted);
  }

  @Test
  void aSharedPlanIsAcknowledgedByTheTraineeAndTheNextReviewShowsHowItWent() {
    Review review = finalisedReview();
    JsonObject plan = shareAndAcknowledge(review, draftPlan(review));
    assertThat(plan.getString("status")).isEqualTo("ACKNOWLEDGED");
    assertThat(array(client.get("/api/v1/learning-plans", auth("coordinatorA")))).isEmpty();

    String nextPacket = nextPeriod() + "/trainees/" + cast.id("residentAId");
    JsonObject previous = json(client.get(nextPacket, auth("cccA"))).getJsonObject("previousPlan");
    assertThat(previous.getString("status")).isEqualTo("ACKNOWLEDGED");
    assertThat(previous.getJsonArray("goals")).hasSameSizeAs(plan.getJsonArray("goals"));
  }

  @Test
  void thePortfolioIsTheTraineesRecordForThemAndTheirCommitteeWithoutDeliberations() {
    Review review = finalisedReview();
    shareAndAcknowledge(review, draftPlan(review));
    String portfolio = program + "/trainees/" + cast.id("residentAId") + "/portfolio";
    JsonObject mine = json(client.get(portfolio, auth("residentA")));
    assertThat(mine.getJsonObject("milestones").getJsonArray("periods")).hasSize(1);
    assertThat(mine.getJsonArray("plans")).hasSize(1);
    assertThat(mine.getJsonArray("evaluations")).isNotEmpty();
    assertThat(mine.toString()).as("no deliberations in the portfolio").doesNotContain(RATIONALE);
    for (String outsider : List.of("coordinatorA", "cccB", "residentB")) {
      assertThat(client.get(portfolio, auth(outsider)).statusCode()).as(outsider).isEqualTo(404);
      assertThat(client.getBytes(portfolio + ".pdf", auth(outsider)).statusCode())
          .as(outsider)
          .isEqualTo(404);
    }
    HttpResponse<byte[]> pdf = client.getBytes(portfolio + ".pdf", auth("cccA"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body()))
        .contains("Training portfolio")
        .contains("Milestone levels at each review")
        .contains("3.5 (target 5)")
        .contains("Signed evaluations")
        .contains("acknowledged by the trainee")
        .doesNotContain(RATIONALE);
  }

  @Test
  void theMilestoneFileHasEveryFinalLevelForTheDirectorOnly() {
    Review review = finalisedReview();
    int rows = json(client.get(review.packet(), auth("cccA"))).getJsonArray("rows").size();
    HttpResponse<String> file = client.get(review.path() + "/milestones.csv", auth("directorA"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("milestones-");
    assertThat(file.body()).as("the shared export writer's byte-order mark").startsWith("\ufeff");
    String[] lines = file.body().substring(1).split("\r\n");
    assertThat(lines[0])
        .isEqualTo("Program,Academic year,Period,Trainee ID,Trainee,Email,Subcompetency,Level");
    assertThat(lines).hasSize(1 + rows);
    assertThat(file.body()).contains("," + cast.getString("residentA") + ",").contains(",PC5,3.5");
    assertThat(client.get(review.path() + "/milestones.csv", auth("residentA")).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aMilestoneFileWhoseLevelsNoLongerMatchTheSignedOnesIsNotExported() {
    Review review = finalisedReview();
    assertThat(
            json(client.get(review.packet(), auth("cccA")))
                .getJsonObject("seals")
                .getJsonArray("failing"))
        .isEmpty();
    client.fixture("forge-final-level?period=" + review.id());

    HttpResponse<String> file = client.get(review.path() + "/milestones.csv", auth("directorA"));

    assertThat(file.statusCode()).isEqualTo(409);
    assertThat(file.body()).contains("do not match what was signed").doesNotContain("PC5");
  }

  /** A review period of the program, and residentA's packet in it. */
  private record Review(long id, String path, String packet) {}

  /** The director opens the period the fixture's EDX block ended in. */
  private Review open() {
    HttpResponse<String> opened =
        client.postJson(program + "/reviews", opening(), auth("directorA"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    long id = json(opened).getJsonNumber("id").longValue();
    String path = "/api/v1/reviews/" + id;
    return new Review(id, path, path + "/trainees/" + cast.id("residentAId"));
  }

  /** Opened, PC5's targets at 5, PC5 proposed at 3.5 and every other level at 2.5, finalised. */
  private Review finalisedReview() {
    Review review = open();
    targetsOfPc5Are5();
    assertThat(pc5Proposal(review).statusCode()).isEqualTo(204);
    proposeTheRest(review);
    long version =
        json(client.get(review.path(), auth("directorA"))).getJsonNumber("version").longValue();
    finalise(review, version);
    return review;
  }

  private String opening() {
    return "{\"academicYear\":\""
        + cast.getString("periodYear")
        + "\",\"term\":\""
        + cast.getString("periodTerm")
        + "\"}";
  }

  private void targetsOfPc5Are5() {
    String targets = program + "/milestone-targets";
    int years = json(client.get(targets, auth("cccA"))).getInt("years");
    for (int year = 1; year <= years; year++) {
      for (String term : List.of("FALL", "SPRING")) {
        String target =
            "{\"subcompetency\":\"PC5\",\"trainingYear\":"
                + year
                + ",\"term\":\""
                + term
                + "\",\"level\":\"5\"}";
        assertThat(client.putJson(targets, target, auth("cccA")).statusCode()).isEqualTo(403);
        assertThat(client.putJson(targets, target, auth("directorA")).statusCode()).isEqualTo(204);
      }
    }
  }

  private HttpResponse<String> pc5Proposal(Review review) {
    return propose(
        review, "PC5", "{\"level\":\"3.5\",\"rationale\":\"" + RATIONALE + "\"}", "cccA");
  }

  private HttpResponse<String> propose(Review review, String code, String body, String who) {
    return client.putJson(review.packet() + "/proposals/" + code, body, auth(who));
  }

  private void proposeTheRest(Review review) {
    JsonObject packet = json(client.get(review.packet(), auth("cccA")));
    for (JsonObject r : packet.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      if (!r.containsKey("proposedLevel")) {
        assertThat(propose(review, r.getString("code"), "{\"level\":\"2.5\"}", "cccA").statusCode())
            .isEqualTo(204);
      }
    }
  }

  private HttpResponse<String> finalise(Review review, long version) {
    HttpResponse<String> finalised =
        client.postJson(
            review.path() + "/finalisation",
            "{\"version\":" + version + ",\"password\":\"" + cast.getString("password") + "\"}",
            auth("directorA"));
    assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
    return finalised;
  }

  /** A module of the program's own, required by PGY-2, which residentA has not passed. */
  private void requireAModuleByPgy2() {
    String moduleCode = "gap-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(
            client
                .postText(
                    program + "/modules",
                    "text/markdown",
                    ModuleSamples.SMALL.replace("id: test-module", "id: " + moduleCode),
                    auth("directorA"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            client
                .postJson(
                    program + "/modules/requirements",
                    "{\"moduleCode\":\"" + moduleCode + "\",\"byPgy\":2}",
                    auth("directorA"))
                .statusCode())
        .isEqualTo(200);
  }

  private JsonObject draftPlan(Review review) {
    HttpResponse<String> drafted =
        client.postJson(review.packet() + "/learning-plan", "{}", auth("cccA"));
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
    return json(drafted);
  }

  /** The director shares the plan and residentA acknowledges it; the plan as the trainee has it. */
  private JsonObject shareAndAcknowledge(Review review, JsonObject plan) {
    HttpResponse<String> shared =
        client.postJson(
            review.packet() + "/learning-plan/sharing",
            "{\"version\":" + plan.getJsonNumber("version") + "}",
            auth("directorA"));
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    JsonArray mine = array(client.get("/api/v1/learning-plans", auth("residentA")));
    assertThat(mine).hasSize(1);
    JsonObject myPlan = mine.getJsonObject(0);
    HttpResponse<String> acknowledged =
        client.postJson(
            "/api/v1/learning-plans/" + myPlan.getJsonNumber("id") + "/acknowledgement",
            "{\"version\":" + myPlan.getJsonNumber("version") + "}",
            auth("residentA"));
    assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
    return json(acknowledged);
  }

  /** Opens the review after the fixture's and returns its API path. */
  private String nextPeriod() {
    String year = cast.getString("periodYear");
    boolean fall = cast.getString("periodTerm").equals("FALL");
    int start = Integer.parseInt(year.substring(0, 4)) + (fall ? 0 : 1);
    String body =
        "{\"academicYear\":\""
            + start
            + "-"
            + (start + 1)
            + "\",\"term\":\""
            + (fall ? "SPRING" : "FALL")
            + "\"}";
    HttpResponse<String> opened = client.postJson(program + "/reviews", body, auth("directorA"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    return "/api/v1/reviews/" + json(opened).getJsonNumber("id");
  }

  private static String text(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonArray array(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static JsonObject row(JsonObject packet, String code) {
    return packet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }
}
