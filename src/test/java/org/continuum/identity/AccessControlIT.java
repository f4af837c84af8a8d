package org.continuum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.bearer;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who reaches what, through the web pages and through the API: function-level (role) and
 * object-level (program) checks, tried as an attacker would.
 */
class AccessControlIT extends ServerTest {

  /**
   * Created once for the class: its tests only sign in and read. A test that changes a person's
   * state (locks them out, say) makes a person of its own.
   */
  private static JsonObject cast;

  private String password;
  private long programA;
  private long programB;

  @BeforeEach
  void setUp() {
    if (cast == null) {
      cast = WebClient.at(base).fixture("two-programs");
    }
    password = cast.getString("password");
    programA = cast.getJsonNumber("programA").longValue();
    programB = cast.getJsonNumber("programB").longValue();
  }

  @Test
  void eachRoleLandsOnItsOwnHomePage() {
    assertThat(homeOf("residentA")).isEqualTo("/trainee/index.xhtml");
    assertThat(homeOf("facultyA")).isEqualTo("/faculty/index.xhtml");
    assertThat(homeOf("cccA")).isEqualTo("/ccc/index.xhtml");
    assertThat(homeOf("coordinatorA")).startsWith("/program/");
    assertThat(homeOf("directorA")).startsWith("/program/");
    assertThat(homeOf("admin")).isEqualTo("/admin/index.xhtml");
  }

  @Test
  void nobodyButTheAdministratorReachesAdministrationPages() {
    for (String who : new String[] {"residentA", "facultyA", "cccA", "coordinatorA", "directorA"}) {
      WebClient client = signedIn(who);
      for (String page :
          new String[] {"/admin/index.xhtml", "/admin/people.xhtml", "/admin/audit.xhtml"}) {
        assertThat(client.get(page).statusCode()).as(who + " on " + page).isEqualTo(403);
      }
    }
    assertThat(signedIn("admin").get("/admin/people.xhtml").statusCode()).isEqualTo(200);
  }

  @Test
  void theAuditLogSaysWhatHappenedInWordsWithNames() {
    // the administrator's own sign-in is the newest entry
    HttpResponse<String> log = signedIn("admin").get("/admin/audit.xhtml");
    assertThat(log.statusCode()).isEqualTo(200);
    assertThat(log.body())
        .contains("<td role=\"gridcell\">Sign in succeeded</td>")
        .doesNotContain("<td role=\"gridcell\">SIGN_IN_SUCCEEDED")
        .contains("<td role=\"gridcell\">Test admin ")
        .doesNotContainPattern("account [0-9]+");
  }

  @Test
  void aTraineeCannotOpenProgramPages() {
    WebClient resident = signedIn("residentA");
    assertThat(resident.get("/program/roster.xhtml?program=" + programA).statusCode())
        .isEqualTo(403);
    HttpResponse<String> otherProgram = resident.get("/program/roster.xhtml?program=" + programB);
    assertThat(otherProgram.statusCode()).isEqualTo(403);
    assertThat(otherProgram.body()).doesNotContain(cast.getString("residentB"));
    assertThat(resident.get("/faculty/index.xhtml").statusCode()).isEqualTo(403);
  }

  @Test
  void aDirectorCannotOpenAnotherProgramsRoster() {
    WebClient director = signedIn("directorA");
    HttpResponse<String> own = director.get("/program/roster.xhtml?program=" + programA);
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.body()).contains(cast.getString("residentA"));
    HttpResponse<String> other =
        director.follow(director.get("/program/roster.xhtml?program=" + programB));
    assertThat(other.uri().getPath()).isEqualTo("/forbidden.xhtml");
    assertThat(other.body()).doesNotContain(cast.getString("residentB"));
  }

  @Test
  void theApiAppliesTheSameRules() {
    WebClient client = WebClient.at(base);
    String resident = client.token(cast.getString("residentA"), password);
    String director = client.token(cast.getString("directorA"), password);

    // a trainee sees their own program, but neither its roster nor another program
    assertThat(get(client, "/api/v1/programs/" + programA, resident)).isEqualTo(200);
    assertThat(get(client, "/api/v1/programs/" + programA + "/trainees", resident)).isEqualTo(403);
    assertThat(get(client, "/api/v1/programs/" + programB, resident)).isEqualTo(403);
    assertThat(get(client, "/api/v1/programs/" + programB + "/trainees", resident)).isEqualTo(403);

    // the director reads their roster, not the other program's
    HttpResponse<String> roster =
        client.get("/api/v1/programs/" + programA + "/trainees", "Authorization", bearer(director));
    assertThat(roster.statusCode()).isEqualTo(200);
    assertThat(json(roster).getJsonArray("items").getValuesAs(JsonObject.class))
        .extracting(row -> row.getString("username"))
        .containsExactlyInAnyOrder(cast.getString("residentA"), cast.getString("residentA2"));
    assertThat(get(client, "/api/v1/programs/" + programB + "/trainees", director)).isEqualTo(403);
  }

  @Test
  void theRosterFiltersAndSortsOnTheServer() {
    WebClient client = WebClient.at(base);
    String director = client.token(cast.getString("directorA"), password);
    HttpResponse<String> pgy3 =
        client.get(
            "/api/v1/programs/" + programA + "/trainees?pgy=3", "Authorization", bearer(director));
    assertThat(json(pgy3).getJsonNumber("total").longValue()).isEqualTo(1);
    assertThat(json(pgy3).getJsonArray("items").getJsonObject(0).getString("username"))
        .isEqualTo(cast.getString("residentA2"));
    HttpResponse<String> byPgyDescending =
        client.get(
            "/api/v1/programs/" + programA + "/trainees?sort=pgy&descending=true&limit=1",
            "Authorization",
            bearer(director));
    assertThat(json(byPgyDescending).getJsonNumber("total").longValue()).isEqualTo(2);
    assertThat(json(byPgyDescending).getJsonArray("items")).hasSize(1);
    assertThat(json(byPgyDescending).getJsonArray("items").getJsonObject(0).getInt("pgy"))
        .isEqualTo(3);
  }

  @Test
  void aSortFieldThatIsNotWhitelistedIsIgnoredNotInjected() {
    WebClient client = WebClient.at(base);
    String director = client.token(cast.getString("directorA"), password);
    HttpResponse<String> response =
        client.get(
            "/api/v1/programs/" + programA + "/trainees?sort=a.passwordHash%20desc,%20(select%201)",
            "Authorization",
            bearer(director));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("PBKDF2");
  }

  private static int get(WebClient client, String path, String token) {
    return client.get(path, "Authorization", bearer(token)).statusCode();
  }

  private WebClient signedIn(String who) {
    WebClient client = WebClient.at(base);
    HttpResponse<String> signIn = client.signIn(cast.getString(who), password);
    assertThat(signIn.statusCode()).as("sign-in of " + who).isEqualTo(302);
    return client;
  }

  private String homeOf(String who) {
    WebClient client = WebClient.at(base);
    HttpResponse<String> landing = client.follow(client.signIn(cast.getString(who), password));
    assertThat(landing.statusCode()).isEqualTo(200);
    return landing.uri().getPath();
  }
}
