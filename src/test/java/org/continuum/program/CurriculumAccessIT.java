package org.continuum.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who reads a program's framework, rotations and schedule, through the API and the pages. */
class CurriculumAccessIT extends CastTest {

  @Override
  protected String fixture() {
    return "curriculum-programs";
  }

  private long programA;

  @BeforeEach
  void setUp() {
    programA = cast.getJsonNumber("programA").longValue();
  }

  @Test
  void everyoneInTheProgramReadsItsFrameworkAndRotationsButNobodyElse() {
    for (String member : List.of("residentA", "facultyA", "directorA")) {
      assertThat(status("/api/v1/programs/" + programA + "/framework", member)).isEqualTo(200);
      assertThat(status("/api/v1/programs/" + programA + "/rotations", member)).isEqualTo(200);
    }
    HttpResponse<String> framework =
        client.get("/api/v1/programs/" + programA + "/framework", auth("residentA"));
    assertThat(json(framework).getString("code")).isEqualTo("PMR");
    for (String outsider : List.of("residentB", "directorB")) {
      assertThat(status("/api/v1/programs/" + programA + "/framework", outsider)).isEqualTo(403);
      assertThat(status("/api/v1/programs/" + programA + "/rotations", outsider)).isEqualTo(403);
    }
  }

  @Test
  void theScheduleIsForTheProgramsFacultyAndLeadershipNotItsTrainees() {
    String path = "/api/v1/programs/" + programA + "/schedule";
    assertThat(status(path, "facultyA")).isEqualTo(200);
    HttpResponse<String> schedule = client.get(path, auth("directorA"));
    assertThat(schedule.statusCode()).isEqualTo(200);
    assertThat(
            jakarta.json.Json.createReader(new StringReader(schedule.body()))
                .readArray()
                .getValuesAs(JsonObject.class))
        .extracting(b -> b.getJsonNumber("traineeId").longValue())
        .contains(cast.getJsonNumber("residentAId").longValue());
    for (String refused : List.of("residentA", "directorB", "residentB")) {
      assertThat(status(path, refused)).as(refused).isEqualTo(403);
    }
    assertThat(status(path + "?from=yesterday", "directorA")).isEqualTo(400);
  }

  @Test
  void programPagesRefuseOutsiders() {
    WebClient otherDirector = signedIn("directorB");
    for (String page : List.of("framework", "curriculum", "schedule")) {
      HttpResponse<String> other =
          otherDirector.follow(
              otherDirector.get("/program/" + page + ".xhtml?program=" + programA));
      assertThat(other.uri().getPath()).as(page).isEqualTo("/forbidden.xhtml");
    }
    assertThat(
            signedIn("residentA").get("/program/schedule.xhtml?program=" + programA).statusCode())
        .isEqualTo(403);
    String schedulePage =
        signedIn("directorA").get("/program/schedule.xhtml?program=" + programA).body();
    assertThat(schedulePage).contains("EDX");
  }

  @Test
  void facultySeeTheTraineesTheyTeachOnTheirHomePage() {
    String teacherHome = signedIn("facultyA").get("/faculty/index.xhtml").body();
    String otherHome = signedIn("facultyA2").get("/faculty/index.xhtml").body();
    String residentName =
        json(client.get("/api/v1/me", auth("residentA"))).getString("displayName");
    assertThat(teacherHome).contains(residentName);
    assertThat(otherHome).doesNotContain(residentName);
  }

  private int status(String path, String who) {
    return client.get(path, auth(who)).statusCode();
  }

  private WebClient signedIn(String who) {
    return cast.signedIn(who);
  }
}
