package org.continuum.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.continuum.shared.infrastructure.AcknowledgedWrites;
import org.continuum.testclient.CastTest;
import org.continuum.testclient.DatabaseProxy;
import org.continuum.testclient.LogBodies;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The database failing under a running server: every connection busy, the database gone and back,
 * and what was acknowledged before. The outage runs on MariaDB, through the relay the MariaDB run
 * puts between the server and the database (the embedded database cannot stop apart from the
 * server); the full pool runs on both.
 */
class DatabaseFaultsIT extends CastTest {

  @Override
  protected String fixture() {
    return "procedure-programs";
  }

  /**
   * Every pooled connection held for two minutes: a request waits the pool's bounded wait and is
   * told 503, page and API alike, and health says the database is down. An unbounded wait would end
   * in 200 once the connections came back, and fail the test.
   */
  @Test
  void aFullPoolMakesRequestsWaitABoundedTimeThenAnswers503() {
    String token = cast.token("residentA");
    WebClient page = cast.signedIn("residentA");
    int held = client.fixture("hold-connections?seconds=120").getInt("held");
    try {
      assertThat(held).isPositive();
      assertUnavailable(client.get("/api/v1/procedure-logs", "Authorization", bearer(token)));
      HttpResponse<String> health = client.get("/api/v1/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(json(health).getString("database")).isEqualTo("DOWN");
      assertUnavailablePage(page.get("/trainee/log.xhtml"));
      // sign-ins the database could not check are not failed attempts: no lockout, no 429
      for (int i = 0; i < 7; i++) {
        assertUnavailable(signIn("residentA"));
      }
    } finally {
      client.fixture("release-connections");
    }
    assertThat(client.get("/api/v1/procedure-logs", "Authorization", bearer(token)).statusCode())
        .as("served again once connections are free")
        .isEqualTo(200);
    assertThat(signIn("residentA").statusCode()).isEqualTo(200);
  }

  /**
   * MariaDB goes away: health, pages and the API say so at once, a save is refused rather than
   * hanging; it comes back: the server serves again without a restart, and the entry acknowledged
   * before the outage is there.
   */
  @Test
  void whileTheDatabaseIsAwayRequestsAreToldSoAndOnceBackNothingAcknowledgedIsMissing()
      throws Exception {
    DatabaseProxy proxy = DatabaseProxy.running();
    assumeTrue(proxy != null, "the embedded database cannot stop apart from the server");
    String token = cast.token("residentA");
    WebClient page = cast.signedIn("residentA");
    HttpResponse<String> saved = logEntry(token, UUID.randomUUID().toString());
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
    long id = json(saved).getJsonNumber("id").longValue();

    String refusedKey = UUID.randomUUID().toString();
    proxy.cut();
    try {
      HttpResponse<String> health = client.get("/api/v1/health");
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(json(health).getString("database")).isEqualTo("DOWN");
      assertUnavailable(client.get("/api/v1/procedure-logs/" + id, "Authorization", bearer(token)));
      assertUnavailable(logEntry(token, refusedKey));
      assertUnavailablePage(page.get("/trainee/log.xhtml"));
    } finally {
      proxy.restore();
    }

    assertThat(client.get("/api/v1/health").statusCode()).isEqualTo(200);
    HttpResponse<String> read =
        client.get("/api/v1/procedure-logs/" + id, "Authorization", bearer(token));
    assertThat(read.statusCode()).as("acknowledged before the outage").isEqualTo(200);
    assertThat(logEntry(token, refusedKey).statusCode())
        .as("the save refused during the outage, sent again, is taken")
        .isEqualTo(201);
    assertThat(page.get("/trainee/log.xhtml").statusCode()).isEqualTo(200);
  }

  /**
   * MariaDB keeps every commit it acknowledged when the writing process dies at any moment, and is
   * set to flush its log at each commit, without which a crash of the database server loses them.
   */
  @Test
  void mariaDbKeepsWhatItAcknowledged() throws Exception {
    assumeTrue("mariadb".equals(System.getProperty("it.db.name")), "MariaDB only");
    String url = System.getProperty("it.jdbc.url");
    String user = System.getProperty("it.jdbc.user");
    String password = System.getProperty("it.jdbc.password");
    try (Connection c = DriverManager.getConnection(url, user, password);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getInt(1)).as("innodb_flush_log_at_trx_commit").isEqualTo(1);
    }
    assertThat(new AcknowledgedWrites(url, user, password).killAndCheck(3)).isGreaterThan(3);
  }

  private HttpResponse<String> signIn(String who) {
    return client.postJson(
        "/api/v1/auth/token",
        Json.createObjectBuilder()
            .add("username", cast.getString(who))
            .add("password", cast.getString("password"))
            .build()
            .toString());
  }

  private HttpResponse<String> logEntry(String token, String idempotencyKey) {
    JsonObject body = LogBodies.tfesi(cast, "facultyA").build();
    return client.postJson(
        "/api/v1/procedure-logs",
        body.toString(),
        "Authorization",
        bearer(token),
        "Idempotency-Key",
        idempotencyKey);
  }

  private static void assertUnavailable(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .as(response.body())
        .startsWith("application/problem+json");
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(json(response).getString("detail")).contains("temporarily unavailable");
  }

  private static void assertUnavailablePage(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
    assertThat(response.body())
        .contains("Temporarily unavailable")
        .doesNotContain("Exception")
        .doesNotContain("at org.");
  }

  private static String bearer(String token) {
    return WebClient.bearer(token);
  }
}
