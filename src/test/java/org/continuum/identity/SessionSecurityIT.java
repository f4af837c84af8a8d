package org.continuum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The browser session: fixation, logout, cookies, headers, forged posts. */
class SessionSecurityIT extends ServerTest {

  /**
   * Created once for the class: its tests only sign in and read. A test that changes a person's
   * state (locks them out, say) makes a person of its own.
   */
  private static JsonObject cast;

  @BeforeEach
  void setUp() {
    if (cast == null) {
      cast = WebClient.at(base).fixture("two-programs");
    }
  }

  @Test
  void theSessionIdChangesAtSignIn() {
    WebClient client = WebClient.at(base);
    client.get("/login.xhtml");
    String before = client.sessionId();
    assertThat(before).isNotNull();
    client.signIn(cast.getString("residentA"), cast.getString("password"));
    assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
  }

  @Test
  void aFailedSignInShowsOneGenericMessageAndStaysOnTheForm() {
    WebClient client = WebClient.at(base);
    HttpResponse<String> refused = client.signIn(cast.getString("residentA"), "not the password");
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Sign-in failed: check your username and password");
    HttpResponse<String> unknown = WebClient.at(base).signIn("nobody-at-all", "not the password");
    assertThat(unknown.body()).contains("Sign-in failed: check your username and password");
  }

  @Test
  void signingOutEndsTheSession() {
    WebClient client = WebClient.at(base);
    client.follow(client.signIn(cast.getString("residentA"), cast.getString("password")));
    HttpResponse<String> home = client.get("/trainee/index.xhtml");
    assertThat(home.statusCode()).isEqualTo(200);
    Map<String, String> signOut = new LinkedHashMap<>();
    signOut.put("signOutForm", "signOutForm");
    signOut.put("signOutForm:signOut", "");
    HttpResponse<String> after =
        client.postForm("/trainee/index.xhtml", WebClient.withPageTokens(signOut, home.body()));
    assertThat(after.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.contains("signedOut"));
    HttpResponse<String> again = client.get("/trainee/index.xhtml");
    assertThat(again.statusCode()).isEqualTo(302);
    assertThat(again.headers().firstValue("Location"))
        .hasValueSatisfying(l -> l.contains("/login.xhtml"));
  }

  @Test
  void aProtectedPageSendsStrangersToTheLoginPageAndBackAfterwards() {
    WebClient client = WebClient.at(base);
    HttpResponse<String> bounced = client.get("/trainee/index.xhtml");
    assertThat(bounced.statusCode()).isEqualTo(302);
    assertThat(bounced.headers().firstValue("Location").orElseThrow())
        .contains("/login.xhtml?next=%2Ftrainee%2Findex.xhtml");
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSite() {
    HttpResponse<String> login = WebClient.at(base).get("/login.xhtml");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
  }

  @Test
  void pagesCarrySecurityHeaders() {
    HttpResponse<String> login = WebClient.at(base).get("/login.xhtml");
    assertThat(login.headers().allValues("Content-Security-Policy"))
        .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"))
        .anySatisfy(p -> assertThat(p).contains("'nonce-"));
    assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(login.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(login.headers().firstValue("Cache-Control")).hasValue("no-store");
  }

  @Test
  void noResponseAllowsInlineScriptsWithoutTheNonce() {
    for (String path :
        new String[] {
          "/login.xhtml", "/", "/api/v1/health", "/resources/css/continuum.css", "/nowhere"
        }) {
      HttpResponse<String> response = WebClient.at(base).get(path);
      assertThat(response.headers().allValues("Content-Security-Policy"))
          .as(path)
          .isNotEmpty()
          .allSatisfy(
              policy -> assertThat(scriptRule(policy)).as(path).doesNotContain("'unsafe-inline'"));
      assertThat(response.headers().firstValue("Strict-Transport-Security"))
          .as("no HSTS over plain http")
          .isEmpty();
    }
    assertThat(
            WebClient.at(base).get("/login.xhtml").headers().allValues("Content-Security-Policy"))
        .as("the page's scripts are allowed by their nonce only")
        .anySatisfy(p -> assertThat(scriptRule(p)).contains("'nonce-"));
  }

  /** The script-src rule of a policy, or "" when it has none. */
  private static String scriptRule(String policy) {
    for (String rule : policy.split(";")) {
      if (rule.strip().startsWith("script-src")) {
        return rule.strip();
      }
    }
    return "";
  }

  @Test
  void aFormPostWithoutTheViewStateTokenDoesNothing() {
    // a cross-site form cannot know the view state: the post is not executed
    WebClient client = WebClient.at(base);
    client.follow(client.signIn(cast.getString("admin"), cast.getString("password")));
    Map<String, String> forged = new LinkedHashMap<>();
    forged.put("createForm", "createForm");
    forged.put("createForm:username", "forged." + System.nanoTime());
    forged.put("createForm:displayName", "Forged Person");
    forged.put("createForm:email", "forged@example.org");
    forged.put("createForm:password", "forged pass phrase");
    forged.put("createForm:create", "");
    forged.put("jakarta.faces.ViewState", "-1:-1");
    HttpResponse<String> response = client.postForm("/admin/people.xhtml", forged);
    HttpResponse<String> landing = client.follow(response);
    assertThat(landing.body()).doesNotContain("Forged Person was created");
    assertThat(
            client
                .fixture("account-exists?username=" + forged.get("createForm:username"))
                .getBoolean("exists"))
        .isFalse();
  }

  @Test
  void theApiDoesNotAcceptTheBrowserSession() {
    // so a page on another site cannot ride a signed-in browser into the API
    WebClient client = WebClient.at(base);
    client.follow(client.signIn(cast.getString("admin"), cast.getString("password")));
    assertThat(client.get("/trainee/index.xhtml").statusCode()).isIn(200, 403);
    assertThat(client.get("/api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void textIsEscapedNotInterpreted() {
    WebClient client = WebClient.at(base);
    HttpResponse<String> page = client.get("/error.xhtml?ref=%3Cscript%3Ealert(1)%3C/script%3E");
    assertThat(page.body()).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
  }
}
