package org.continuum.review;

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
import java.util.List;
import java.util.Map;
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
 * The committee review through the API: the packet aggregates signed ratings, only the program's
 * committee and director take part, proposals never overwrite each other unseen, finalising needs
 * every level and the password, a finalised period is locked, and the milestone file.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MilestoneReviewIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.application();
  }

  @ArquillianResource URL base;

  private final Map<String, String> tokens = new HashMap<>();
  private JsonObject cast;
  private WebClient client;

  @Test
  void theCommitteeReviewsAndTheDirectorFinalisesAndTheFileIsExported() {
    client = WebClient.at(base);
    cast = client.fixture("review-programs");
    String programA = cast.getJsonNumber("programA").toString();
    String opening =
        "{\"academicYear\":\""
            + cast.getString("periodYear")
            + "\",\"term\":\""
            + cast.getString("periodTerm")
            + "\"}";
    String dashboard = "/api/v1/programs/" + programA + "/dashboard";
    HttpResponse<String> beforeAnyPeriod = client.get(dashboard, auth("directorA"));
    assertThat(beforeAnyPeriod.statusCode()).as(beforeAnyPeriod.body()).isEqualTo(200);
    assertThat(json(beforeAnyPeriod).getJsonArray("periods")).isEmpty();
    assertThat(json(beforeAnyPeriod).containsKey("heatMap")).as("no period, no heat map").isFalse();
    assertThat(json(beforeAnyPeriod).getJsonObject("minimums").getInt("programId"))
        .isEqualTo(Integer.parseInt(programA));
    assertThat(client.get(dashboard + "?period=999999", auth("directorA")).statusCode())
        .as("a period the program does not have, before any opens")
        .isEqualTo(404);
    assertThat(
            client
                .postJson("/api/v1/programs/" + programA + "/reviews", opening, auth("cccA"))
                .statusCode())
        .as("only the director opens a period")
        .isEqualTo(403);
    HttpResponse<String> opened =
        client.postJson("/api/v1/programs/" + programA + "/reviews", opening, auth("directorA"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    String period = "/api/v1/reviews/" + json(opened).getJsonNumber("id");
    String resident = cast.getJsonNumber("residentAId").toString();
    String packetPath = period + "/trainees/" + resident;

    String trajectory = "/api/v1/programs/" + programA + "/trainees/" + resident + "/trajectory";
    HttpResponse<String> early = client.get(trajectory, auth("residentA"));
    assertThat(early.statusCode()).as(early.body()).isEqualTo(200);
    assertThat(json(early).getJsonArray("periods")).as("nothing finalised yet").isEmpty();

    // the packet: one faculty rating (the "not yet assessable" one is not a rating)
    HttpResponse<String> packet = client.get(packetPath, auth("cccA"));
    assertThat(packet.statusCode()).as(packet.body()).isEqualTo(200);
    JsonObject pc5 = row(json(packet), "PC5");
    assertThat(pc5.getJsonObject("faculty").getInt("count")).isEqualTo(1);
    assertThat(pc5.getJsonObject("faculty").getJsonNumber("median").doubleValue()).isEqualTo(3.5);
    assertThat(pc5.getString("target")).matches("[1-4](\\.5)?");
    for (String outsider : List.of("residentA", "cccB", "coordinatorA")) {
      assertThat(client.get(packetPath, auth(outsider)).statusCode()).as(outsider).isEqualTo(404);
      assertThat(
              client
                  .putJson(packetPath + "/proposals/PC5", "{\"level\":\"5\"}", auth(outsider))
                  .statusCode())
          .as(outsider)
          .isEqualTo(404);
    }

    // targets: the director sets PC5 for every year and term; the packet shows it
    String targetsPath = "/api/v1/programs/" + programA + "/milestone-targets";
    int years = json(client.get(targetsPath, auth("cccA"))).getInt("years");
    for (int year = 1; year <= years; year++) {
      for (String term : List.of("FALL", "SPRING")) {
        String target =
            "{\"subcompetency\":\"PC5\",\"trainingYear\":"
                + year
                + ",\"term\":\""
                + term
                + "\",\"level\":\"5\"}";
        assertThat(client.putJson(targetsPath, target, auth("cccA")).statusCode()).isEqualTo(403);
        assertThat(client.putJson(targetsPath, target, auth("directorA")).statusCode())
            .isEqualTo(204);
      }
    }
    assertThat(row(json(client.get(packetPath, auth("cccA"))), "PC5").getString("target"))
        .isEqualTo("5");
    assertThat(row(json(client.get(packetPath, auth("cccA"))), "PC1").getString("target"))
        .isEqualTo(pc5.getString("target"));

    // the packet as a PDF that parses back
    HttpResponse<byte[]> pdf = client.getBytes(packetPath + "/packet.pdf", auth("cccA"));
    assertThat(pdf.statusCode()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Competency committee evidence packet")
          .contains("PC5")
          .contains("Faculty this period: 3.5, 1 rating");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }

    // the director's dashboard: the heat map shows the median so far, against the target
    HttpResponse<String> heat =
        client.get("/api/v1/programs/" + programA + "/dashboard/heat-map", auth("directorA"));
    assertThat(heat.statusCode()).as(heat.body()).isEqualTo(200);
    JsonObject heatMap = json(heat);
    int pc5Column =
        heatMap.getJsonArray("codes").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList()
            .indexOf("PC5");
    JsonObject cell =
        heatMap
            .getJsonArray("rows")
            .getJsonObject(0)
            .getJsonArray("cells")
            .getJsonObject(pc5Column);
    assertThat(cell.getString("level")).isEqualTo("3.5");
    assertThat(cell.getString("status")).isIn("AT", "ABOVE", "BELOW");
    assertThat(
            client
                .get(
                    "/api/v1/programs/" + programA + "/dashboard/faculty-completion",
                    auth("directorA"))
                .statusCode())
        .isEqualTo(200);
    // the whole dashboard at once holds the same as its parts
    HttpResponse<String> whole = client.get(dashboard, auth("cccA"));
    assertThat(whole.statusCode()).as(whole.body()).isEqualTo(200);
    assertThat(json(whole).getJsonObject("heatMap")).isEqualTo(heatMap);
    assertThat(json(whole).getJsonObject("minimums"))
        .isEqualTo(
            json(
                client.get("/api/v1/procedure-minimums/report?program=" + programA, auth("cccA"))));
    assertThat(json(whole).getJsonArray("earlyWarnings"))
        .isEqualTo(jsonArray(client.get(dashboard + "/early-warnings", auth("cccA"))));
    assertThat(json(whole).getJsonArray("periods").getJsonObject(0).getJsonNumber("id"))
        .isEqualTo(json(opened).getJsonNumber("id"));
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

    // proposals: validated, and never overwritten unseen
    HttpResponse<String> bad =
        client.putJson(packetPath + "/proposals/PC5", "{\"level\":\"2.25\"}", auth("cccA"));
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).getJsonArray("errors").getJsonObject(0).getString("field"))
        .isEqualTo("level");
    assertThat(
            client
                .putJson(
                    packetPath + "/proposals/PC5",
                    "{\"level\":\"3.5\",\"rationale\":\"Independent with routine studies.\"}",
                    auth("cccA"))
                .statusCode())
        .isEqualTo(204);
    HttpResponse<String> unseen =
        client.putJson(packetPath + "/proposals/PC5", "{\"level\":\"3\"}", auth("directorA"));
    assertThat(unseen.statusCode()).isEqualTo(409);

    // finalising needs every level, the director and the password
    JsonObject periodNow = json(client.get(period, auth("directorA")));
    String wrong = "{\"version\":" + periodNow.getJsonNumber("version") + ",\"password\":\"nope\"}";
    HttpResponse<String> incomplete =
        client.postJson(period + "/finalisation", wrong, auth("directorA"));
    assertThat(incomplete.statusCode()).isEqualTo(409);
    assertThat(json(incomplete).getString("detail")).contains("still to be proposed");
    JsonObject full = json(client.get(packetPath, auth("cccA")));
    for (JsonObject r : full.getJsonArray("rows").getValuesAs(JsonObject.class)) {
      if (!r.containsKey("proposedLevel")) {
        assertThat(
                client
                    .putJson(
                        packetPath + "/proposals/" + r.getString("code"),
                        "{\"level\":\"2.5\"}",
                        auth("cccA"))
                    .statusCode())
            .isEqualTo(204);
      }
    }
    assertThat(client.postJson(period + "/finalisation", wrong, auth("cccA")).statusCode())
        .isEqualTo(403);
    assertThat(client.postJson(period + "/finalisation", wrong, auth("directorA")).statusCode())
        .isEqualTo(400);
    HttpResponse<String> finalised =
        client.postJson(
            period + "/finalisation",
            "{\"version\":"
                + periodNow.getJsonNumber("version")
                + ",\"password\":\""
                + cast.getString("password")
                + "\"}",
            auth("directorA"));
    assertThat(finalised.statusCode()).as(finalised.body()).isEqualTo(200);
    assertThat(json(finalised).getString("status")).isEqualTo("FINALISED");
    assertThat(json(finalised).getString("contentHash")).matches("[0-9a-f]{64}");

    // locked
    JsonObject locked = row(json(client.get(packetPath, auth("cccA"))), "PC5");
    HttpResponse<String> late =
        client.putJson(
            packetPath + "/proposals/PC5",
            "{\"version\":" + locked.getJsonNumber("proposalVersion") + ",\"level\":\"4\"}",
            auth("cccA"));
    assertThat(late.statusCode()).isEqualTo(409);
    assertThat(json(late).getString("detail")).contains("finalised and locked");
    assertThat(locked.getString("finalLevel")).isEqualTo("3.5");

    // the trainee sees their final levels over time, and nobody outside the review does
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
    assertThat(mine.toString()).doesNotContain("Independent with routine studies");
    for (String outsider : List.of("coordinatorA", "cccB")) {
      assertThat(client.get(trajectory, auth(outsider)).statusCode()).as(outsider).isEqualTo(404);
    }
    assertThat(client.get(trajectory, auth("cccA")).statusCode()).isEqualTo(200);

    // the learning plan: drafted from the gaps, seen by the trainee only once shared
    String planPath = packetPath + "/learning-plan";
    for (String outsider : List.of("residentA", "coordinatorA", "cccB")) {
      assertThat(client.postJson(planPath, "{}", auth(outsider)).statusCode())
          .as(outsider)
          .isEqualTo(404);
    }
    // a required module not passed joins the gaps
    String moduleCode = "gap-" + java.util.UUID.randomUUID().toString().substring(0, 8);
    String programPath = "/api/v1/programs/" + programA;
    assertThat(
            client
                .postText(
                    programPath + "/modules",
                    "text/markdown",
                    ModuleSamples.SMALL.replace("id: test-module", "id: " + moduleCode),
                    auth("directorA"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            client
                .postJson(
                    programPath + "/modules/requirements",
                    "{\"moduleCode\":\"" + moduleCode + "\",\"byPgy\":2}",
                    auth("directorA"))
                .statusCode())
        .isEqualTo(200);
    HttpResponse<String> drafted = client.postJson(planPath, "{}", auth("cccA"));
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(200);
    JsonObject plan = json(drafted);
    assertThat(plan.getJsonArray("goals").getValuesAs(JsonObject.class))
        .anySatisfy(
            g -> {
              assertThat(g.getString("source")).isEqualTo("LEVEL");
              assertThat(g.getString("subcompetencyCode")).isEqualTo("PC5");
            });
    assertThat(plan.getJsonArray("goals").getValuesAs(JsonObject.class))
        .anySatisfy(
            g -> {
              assertThat(g.getString("source")).isEqualTo("MODULE");
              assertThat(g.getString("goal")).contains("A test module: knees");
            });
    assertThat(jsonArray(client.get("/api/v1/learning-plans", auth("residentA")))).isEmpty();

    // goals are edited with the version read; a bad date names the field; outsiders see nothing
    String goals = planPath + "/goals";
    int draftedGoals = plan.getJsonArray("goals").size();
    String goal =
        "{\"version\":" + plan.getJsonNumber("version") + ",\"goal\":\"Read the EDX primer\"";
    HttpResponse<String> badDate =
        client.postJson(goals, goal + ",\"dueOn\":\"soon\"}", auth("cccA"));
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(badDate.body()).contains("dueOn");
    assertThat(
            client
                .postJson(goals, goal + ",\"dueOn\":\"2030-01-31\"}", auth("residentA"))
                .statusCode())
        .isEqualTo(404);
    HttpResponse<String> added =
        client.postJson(goals, goal + ",\"dueOn\":\"2030-01-31\"}", auth("cccA"));
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(
            client.postJson(goals, goal + ",\"dueOn\":\"2030-01-31\"}", auth("cccA")).statusCode())
        .as("a stale version is refused")
        .isEqualTo(409);
    plan = json(added);
    assertThat(plan.getJsonArray("goals")).hasSize(draftedGoals + 1);
    int seq = plan.getJsonArray("goals").getJsonObject(draftedGoals).getInt("seq");
    HttpResponse<String> revised =
        client.putJson(
            goals + "/" + seq,
            "{\"version\":"
                + plan.getJsonNumber("version")
                + ",\"goal\":\"Read the EDX primer twice\",\"dueOn\":\"2030-02-28\",\"met\":true}",
            auth("directorA"));
    assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
    plan = json(revised);
    assertThat(plan.getJsonArray("goals").getJsonObject(draftedGoals).getBoolean("met")).isTrue();
    HttpResponse<String> removed =
        client.delete(
            goals + "/" + seq + "?version=" + plan.getJsonNumber("version"), auth("cccA"));
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    plan = json(removed);
    assertThat(plan.getJsonArray("goals")).hasSize(draftedGoals);

    HttpResponse<String> shared =
        client.postJson(
            planPath + "/sharing",
            "{\"version\":" + plan.getJsonNumber("version") + "}",
            auth("directorA"));
    assertThat(shared.statusCode()).as(shared.body()).isEqualTo(200);
    var minePlans = jsonArray(client.get("/api/v1/learning-plans", auth("residentA")));
    assertThat(minePlans).hasSize(1);
    JsonObject myPlan = minePlans.getJsonObject(0);
    HttpResponse<String> acknowledged =
        client.postJson(
            "/api/v1/learning-plans/" + myPlan.getJsonNumber("id") + "/acknowledgement",
            "{\"version\":" + myPlan.getJsonNumber("version") + "}",
            auth("residentA"));
    assertThat(acknowledged.statusCode()).as(acknowledged.body()).isEqualTo(200);
    assertThat(json(acknowledged).getString("status")).isEqualTo("ACKNOWLEDGED");
    assertThat(jsonArray(client.get("/api/v1/learning-plans", auth("coordinatorA")))).isEmpty();

    // the next review shows the committee how the plan went
    String nextPacket = nextPeriod(programA) + "/trainees/" + resident;
    JsonObject previousPlan =
        json(client.get(nextPacket, auth("cccA"))).getJsonObject("previousPlan");
    assertThat(previousPlan.getString("status")).isEqualTo("ACKNOWLEDGED");
    assertThat(previousPlan.getJsonArray("goals")).hasSameSizeAs(plan.getJsonArray("goals"));

    // the portfolio: for the trainee and their program's committee; the PDF parses back
    String portfolio = "/api/v1/programs/" + programA + "/trainees/" + resident + "/portfolio";
    JsonObject myPortfolio = json(client.get(portfolio, auth("residentA")));
    assertThat(myPortfolio.getJsonObject("milestones").getJsonArray("periods")).hasSize(1);
    assertThat(myPortfolio.getJsonArray("plans")).hasSize(1);
    assertThat(myPortfolio.getJsonArray("evaluations")).isNotEmpty();
    assertThat(myPortfolio.toString())
        .as("no deliberations in the portfolio")
        .doesNotContain("Independent with routine studies");
    for (String outsider : List.of("coordinatorA", "cccB", "residentB")) {
      assertThat(client.get(portfolio, auth(outsider)).statusCode()).as(outsider).isEqualTo(404);
      assertThat(client.getBytes(portfolio + ".pdf", auth(outsider)).statusCode())
          .as(outsider)
          .isEqualTo(404);
    }
    HttpResponse<byte[]> portfolioPdf = client.getBytes(portfolio + ".pdf", auth("cccA"));
    assertThat(portfolioPdf.statusCode()).isEqualTo(200);
    try (var document = org.apache.pdfbox.Loader.loadPDF(portfolioPdf.body())) {
      String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Training portfolio")
          .contains("Milestone levels at each review")
          .contains("3.5 (target 5)")
          .contains("Signed evaluations")
          .contains("acknowledged by the trainee")
          .doesNotContain("Independent with routine studies");
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }

    // the milestone file
    HttpResponse<String> file = client.get(period + "/milestones.csv", auth("directorA"));
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("milestones-");
    String[] lines = file.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo("Program,Academic year,Period,Trainee ID,Trainee,Email,Subcompetency,Level");
    assertThat(lines).hasSize(1 + full.getJsonArray("rows").size());
    assertThat(file.body()).contains("," + cast.getString("residentA") + ",").contains(",PC5,3.5");
    assertThat(client.get(period + "/milestones.csv", auth("residentA")).statusCode())
        .isEqualTo(404);
  }

  /** Opens the review after the fixture's and returns its API path. */
  private String nextPeriod(String programId) {
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
    HttpResponse<String> opened =
        client.postJson("/api/v1/programs/" + programId + "/reviews", body, auth("directorA"));
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(200);
    return "/api/v1/reviews/" + json(opened).getJsonNumber("id");
  }

  private static JsonArray jsonArray(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readArray();
  }

  private static JsonObject row(JsonObject packet, String code) {
    return packet.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
        .filter(r -> r.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
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
