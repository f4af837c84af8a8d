package org.continuum.testclient;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The people and programs a test-support fixture made (its JSON answer: "directorA" is a username,
 * "programA" an id), and how to act as each of them over the API or in the pages. Make one per
 * test, so no test sees what another did; tokens are kept for the cast's life, as signing in costs
 * a password hash.
 */
public final class Cast {

  private final URL base;
  private final JsonObject people;
  private final Map<String, String> tokens = new HashMap<>();

  private Cast(URL base, JsonObject people) {
    this.base = base;
    this.people = people;
  }

  /** Runs the fixture (for example "procedure-programs") on the server under test. */
  public static Cast of(URL base, String fixture) {
    return new Cast(base, WebClient.at(base).fixture(fixture));
  }

  /** The Authorization header of a member of the cast, for {@link WebClient}'s header pairs. */
  public String[] auth(String who) {
    return new String[] {"Authorization", WebClient.bearer(token(who))};
  }

  public String token(String who) {
    return tokens.computeIfAbsent(
        who, w -> WebClient.at(base).token(getString(w), getString("password")));
  }

  /** A browser-like client signed in to the pages as a member of the cast. */
  public WebClient signedIn(String who) {
    WebClient client = WebClient.at(base);
    assertThat(client.signIn(getString(who), getString("password")).statusCode())
        .as(who + " signs in")
        .isEqualTo(302);
    return client;
  }

  /** Today on the server's movable clock, in the institution's time zone. */
  public LocalDate today() {
    return LocalDate.parse(getString("today"));
  }

  /** An id the fixture answered, such as "programA" or "residentAId". */
  public long id(String key) {
    return getJsonNumber(key).longValue();
  }

  public String getString(String key) {
    return people.getString(key);
  }

  public JsonNumber getJsonNumber(String key) {
    return people.getJsonNumber(key);
  }

  public int getInt(String key) {
    return people.getInt(key);
  }
}
