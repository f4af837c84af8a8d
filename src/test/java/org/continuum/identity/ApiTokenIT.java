package org.continuum.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.bearer;
import static org.continuum.testclient.WebClient.json;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bearer tokens: issue, use, expire, revoke; over HTTP like any API client. */
class ApiTokenIT extends ServerTest {

  private WebClient client;

  /**
   * Created once for the class: its tests only sign in and read. A test that changes a person's
   * state (locks them out, say) makes a person of its own.
   */
  private static JsonObject cast;

  @BeforeEach
  void setUp() {
    client = WebClient.at(base);
    if (cast == null) {
      cast = client.fixture("two-programs");
    }
  }

  @AfterEach
  void resetClock() {
    client.fixture("clock/reset");
  }

  @Test
  void aTokenIdentifiesItsHolder() {
    String token = client.token(cast.getString("residentA"), cast.getString("password"));
    HttpResponse<String> me = client.get("/api/v1/me", "Authorization", bearer(token));
    assertThat(me.statusCode()).isEqualTo(200);
    JsonObject body = json(me);
    assertThat(body.getString("username")).isEqualTo(cast.getString("residentA"));
    assertThat(body.getJsonArray("roles").getJsonObject(0).getString("role")).isEqualTo("RESIDENT");
    assertThat(body.getJsonArray("roles").getJsonObject(0).getJsonNumber("programId").longValue())
        .isEqualTo(cast.getJsonNumber("programA").longValue());
  }

  @Test
  void tokenResponseSaysWhenItExpires() {
    HttpResponse<String> issued =
        client.postJson(
            "/api/v1/auth/token",
            "{\"username\":\""
                + cast.getString("residentA")
                + "\",\"password\":\""
                + cast.getString("password")
                + "\",\"client\":\"test suite\"}");
    assertThat(issued.statusCode()).isEqualTo(200);
    assertThat(json(issued).getString("tokenType")).isEqualTo("Bearer");
    assertThat(json(issued).getString("expiresAt")).isNotBlank();
  }

  @Test
  void withoutATokenTheApiAnswers401WithAProblem() {
    HttpResponse<String> me = client.get("/api/v1/me");
    assertThat(me.statusCode()).isEqualTo(401);
    assertThat(me.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> v.startsWith("Bearer"));
    assertThat(me.headers().firstValue("Content-Type")).hasValueSatisfying(v -> v.contains("json"));
    assertThat(json(me).getInt("status")).isEqualTo(401);
  }

  @Test
  void aMadeUpTokenIsRefused() {
    HttpResponse<String> me = client.get("/api/v1/me", "Authorization", bearer("made-up-token"));
    assertThat(me.statusCode()).isEqualTo(401);
  }

  @Test
  void aTokenExpiresAfterEightHours() {
    String token = client.token(cast.getString("residentA"), cast.getString("password"));
    client.fixture("clock/advance?seconds=" + (7 * 3600 + 3500));
    assertThat(client.get("/api/v1/me", "Authorization", bearer(token)).statusCode())
        .isEqualTo(200);
    client.fixture("clock/advance?seconds=200");
    assertThat(client.get("/api/v1/me", "Authorization", bearer(token)).statusCode())
        .isEqualTo(401);
  }

  @Test
  void aRevokedTokenStopsWorkingAndOthersGoOn() {
    String first = client.token(cast.getString("residentA"), cast.getString("password"));
    String second = client.token(cast.getString("residentA"), cast.getString("password"));
    assertThat(client.delete("/api/v1/auth/token", "Authorization", bearer(first)).statusCode())
        .isEqualTo(204);
    assertThat(client.get("/api/v1/me", "Authorization", bearer(first)).statusCode())
        .isEqualTo(401);
    assertThat(client.get("/api/v1/me", "Authorization", bearer(second)).statusCode())
        .isEqualTo(200);
  }

  @Test
  void wrongCredentialsAnswer401AndCountTowardTheLockoutAndTheUsernameLimit() {
    String username = client.fixture("person").getString("username");
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> refused =
          client.postJson(
              "/api/v1/auth/token",
              "{\"username\":\"" + username + "\",\"password\":\"wrong password " + i + "\"}");
      assertThat(refused.statusCode()).isEqualTo(401);
    }
    HttpResponse<String> locked =
        client.postJson(
            "/api/v1/auth/token",
            "{\"username\":\""
                + username
                + "\",\"password\":\""
                + cast.getString("password")
                + "\"}");
    // the account is locked now, and the username's failure limit answers first, so the right
    // password is refused without even being checked
    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).isPresent();
  }

  @Test
  void missingFieldsAreNamed() {
    HttpResponse<String> invalid = client.postJson("/api/v1/auth/token", "{\"username\":\"\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    JsonObject problem = json(invalid);
    assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
        .extracting(e -> e.getString("field"))
        .containsExactly("username", "password");
  }

  @Test
  void malformedJsonGetsAProblemWithoutInternals() {
    HttpResponse<String> invalid = client.postJson("/api/v1/auth/token", "{not json");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(invalid.body()).doesNotContain("Exception").doesNotContain("at org.");
  }
}
