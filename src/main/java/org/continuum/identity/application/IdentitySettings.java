package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.continuum.identity.domain.LockoutPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in and token settings, from MicroProfile Config (system property, or environment variable
 * such as CONTINUUM_LOCKOUT_MAX_FAILURES).
 */
@ApplicationScoped
public class IdentitySettings {

  @Inject
  @ConfigProperty(name = "continuum.lockout.max-failures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "continuum.lockout.duration", defaultValue = "PT15M")
  String lockDuration;

  @Inject
  @ConfigProperty(name = "continuum.api.token-lifetime", defaultValue = "PT8H")
  String tokenLifetime;

  public LockoutPolicy lockoutPolicy() {
    return new LockoutPolicy(maxFailures, Duration.parse(lockDuration));
  }

  public Duration tokenLifetime() {
    return Duration.parse(tokenLifetime);
  }
}
