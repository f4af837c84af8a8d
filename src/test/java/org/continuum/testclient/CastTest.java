package org.continuum.testclient;

import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link ServerTest} acting as the people of a fixture ({@link #fixture()}), made afresh for each
 * test so no test sees what another did.
 */
public abstract class CastTest extends ServerTest {

  protected Cast cast;
  protected WebClient client;

  /** The test-support fixture whose people and programs each test gets, such as "two-programs". */
  protected abstract String fixture();

  @BeforeEach
  void meetTheCast() {
    client = WebClient.at(base);
    cast = Cast.of(base, fixture());
  }

  /** The Authorization header of a member of the cast. */
  protected String[] auth(String who) {
    return cast.auth(who);
  }
}
