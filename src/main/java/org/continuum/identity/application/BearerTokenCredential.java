package org.continuum.identity.application;

import jakarta.security.enterprise.credential.Credential;

/** An API bearer token presented in the Authorization header. */
public record BearerTokenCredential(String token) implements Credential {

  @Override
  public String toString() {
    return "BearerTokenCredential[redacted]";
  }
}
