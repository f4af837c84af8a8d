package org.continuum.identity.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.continuum.identity.domain.Role;
import org.junit.jupiter.api.Test;

class ResolvedTokensTest {

  private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
  private static final AuthenticatedUser ANNA =
      new AuthenticatedUser(7, "anna", "Anna", Set.of(Role.RESIDENT));

  private final ResolvedTokens resolved = new ResolvedTokens();

  @Test
  void aResolutionIsRememberedUntilTheTokenExpiresOrItsLifetimeEnds() {
    resolved.remember("h", ANNA, NOW.plusSeconds(30), NOW, resolved.generation());
    assertThat(resolved.find("h", NOW.plusSeconds(29))).contains(ANNA);
    assertThat(resolved.find("h", NOW.plusSeconds(30))).as("the token expired").isEmpty();

    resolved.remember("k", ANNA, NOW.plusSeconds(3600), NOW, resolved.generation());
    assertThat(resolved.find("k", NOW.plus(ResolvedTokens.LIFETIME).minusMillis(1))).contains(ANNA);
    assertThat(resolved.find("k", NOW.plus(ResolvedTokens.LIFETIME))).isEmpty();
  }

  @Test
  void aChangeToTheAccountDropsItsEntriesOnly() {
    AuthenticatedUser ben = new AuthenticatedUser(8, "ben", "Ben", Set.of());
    resolved.remember("a", ANNA, NOW.plusSeconds(3600), NOW, resolved.generation());
    resolved.remember("b", ben, NOW.plusSeconds(3600), NOW, resolved.generation());
    resolved.forget(7);
    assertThat(resolved.find("a", NOW)).isEmpty();
    assertThat(resolved.find("b", NOW)).contains(ben);
  }

  @Test
  void aResolutionReadWhileAChangeWasInFlightIsNotKept() {
    long before = resolved.generation();
    resolved.forget(7); // the revocation commits while the read is under way
    resolved.remember("a", ANNA, NOW.plusSeconds(3600), NOW, before);
    assertThat(resolved.find("a", NOW)).isEmpty();
  }
}
