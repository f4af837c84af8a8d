package org.continuum.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.continuum.testclient.ServerTest;
import org.continuum.testclient.WebClient;
import org.continuum.testsupport.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Attacks on accounts and sessions: guessing a password through the change-password page, a session
 * that outlives a password change, guessing at scale through the token endpoint, and oversized
 * sign-in bodies. Each test makes people of its own.
 */
class AccountAbuseIT extends ServerTest {

  private String person() {
    return WebClient.at(base).fixture("person").getString("username");
  }

  private static HttpResponse<String> changePassword(
      WebClient client, String current, String next) {
    HttpResponse<String> page = client.get("/account/password.xhtml");
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("passwordForm", "passwordForm");
    fields.put("passwordForm:currentPassword", current);
    fields.put("passwordForm:newPassword", next);
    fields.put("passwordForm:confirmation", next);
    fields.put("passwordForm:change", "");
    return client.postForm(
        "/account/password.xhtml", WebClient.withPageTokens(fields, page.body()));
  }

  @Test
  void aPasswordChangeEndsEveryOtherSessionButTheOneThatMadeIt() {
    String username = person();
    WebClient here = WebClient.at(base);
    here.follow(here.signIn(username, Fixtures.PASSWORD));
    WebClient elsewhere = WebClient.at(base);
    elsewhere.follow(elsewhere.signIn(username, Fixtures.PASSWORD));
    assertThat(elsewhere.get("/account/password.xhtml").statusCode()).isEqualTo(200);

    HttpResponse<String> changed =
        changePassword(here, Fixtures.PASSWORD, "a brand new pass phrase 77");
    assertThat(changed.body()).contains("Your password has been changed");

    assertThat(here.get("/account/password.xhtml").statusCode())
        .as("the session that changed it stays")
        .isEqualTo(200);
    HttpResponse<String> other = elsewhere.get("/account/password.xhtml");
    assertThat(other.statusCode()).as("the other session is signed out").isEqualTo(302);
    assertThat(other.headers().firstValue("Location")).hasValueSatisfying(l -> l.contains("login"));
  }

  @Test
  void wrongCurrentPasswordsOnTheChangePageLockTheAccountLikeFailedSignIns() {
    String username = person();
    WebClient client = WebClient.at(base);
    client.follow(client.signIn(username, Fixtures.PASSWORD));
    for (int i = 0; i < 5; i++) {
      HttpResponse<String> refused =
          changePassword(client, "guess number " + i, "whatever pass 1234");
      assertThat(refused.body()).contains("Wrong passwords count toward locking your account");
    }
    HttpResponse<String> signIn = WebClient.at(base).signIn(username, Fixtures.PASSWORD);
    assertThat(signIn.body())
        .as("locked: even the right password is refused now, and the page says so")
        .contains(
            "Sign-in failed, and after 5 failed attempts in a row this username is locked"
                + " until");
  }

  @Test
  void repeatedFailuresForOneNameGet429WhetherTheNameExistsOrNot() {
    for (String name : new String[] {person(), "nobody-" + Fixtures.unique()}) {
      WebClient client = WebClient.at(base);
      int status = 0;
      for (int i = 0; i < 5; i++) {
        status = token(client, name, "wrong guess " + i).statusCode();
        assertThat(status).as(name + " attempt " + i).isEqualTo(401);
      }
      HttpResponse<String> sixth = token(client, name, "one more guess");
      assertThat(sixth.statusCode()).as(name).isEqualTo(429);
      assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
      assertThat(sixth.body()).contains("Too many failed sign-in attempts");
    }
  }

  @Test
  void aSignInBodyLargerThanAFewKilobytesIsRefusedUnread() {
    String huge = "x".repeat(64 * 1024);
    HttpResponse<String> refused =
        WebClient.at(base)
            .postJson(
                "/api/v1/auth/token",
                Json.createObjectBuilder()
                    .add("username", "someone")
                    .add("password", huge)
                    .build()
                    .toString());
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("at most");
  }

  @Test
  void anApiBodyLargerThanItsDoorTakesIsRefusedWithTheLimitNamed() {
    WebClient client = WebClient.at(base);
    String token = client.token(client.fixture("person").getString("username"), Fixtures.PASSWORD);
    HttpResponse<String> refused =
        client.postText(
            "/api/v1/programs/1/modules",
            "text/markdown",
            "x".repeat(2 * 1024 * 1024),
            "Authorization",
            "Bearer " + token);
    assertThat(refused.statusCode()).isEqualTo(413);
    assertThat(refused.body()).contains("at most 1 MB");
  }

  private static HttpResponse<String> token(WebClient client, String username, String password) {
    return client.postJson(
        "/api/v1/auth/token",
        Json.createObjectBuilder()
            .add("username", username)
            .add("password", password)
            .build()
            .toString());
  }
}
