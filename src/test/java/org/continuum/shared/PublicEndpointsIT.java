package org.continuum.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.continuum.testclient.WebClient.json;

import java.net.http.HttpResponse;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.Test;

/** What answers without signing in: health, the OpenAPI description, the login page, errors. */
class PublicEndpointsIT extends ServerTest {

  @Test
  void healthAnswersWithoutSigningIn() {
    HttpResponse<String> health = WebClient.at(base).get("/api/v1/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(json(health).getString("status")).isEqualTo("UP");
    assertThat(json(health).getString("database")).isEqualTo("UP");
  }

  @Test
  void theOpenApiDescriptionListsTheApi() {
    HttpResponse<String> openapi = WebClient.at(base).get("/openapi?format=JSON");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("/api/v1/auth/token")
        .contains("/api/v1/me")
        .contains("/api/v1/health")
        .contains("/api/v1/programs/{id}/trainees")
        .contains("bearer");
  }

  @Test
  void anUnknownApiAddressIsAProblemWithoutInternals() {
    WebClient client = WebClient.at(base);
    HttpResponse<String> missing = client.get("/api/v1/health/nothing-here");
    assertThat(missing.statusCode()).isIn(401, 404);
    assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
  }

  @Test
  void anUnknownPageIsAPlainNotFoundPage() {
    HttpResponse<String> missing = WebClient.at(base).get("/no-such-page.xhtml");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.body())
        .contains("There is nothing at this address")
        .doesNotContain("Exception");
  }

  @Test
  void theRootServesTheApplication() {
    WebClient client = WebClient.at(base);
    HttpResponse<String> root = client.follow(client.get("/"));
    assertThat(root.uri().getPath()).isEqualTo("/login.xhtml");
    assertThat(root.body()).contains("Sign in to Continuum");
  }
}
