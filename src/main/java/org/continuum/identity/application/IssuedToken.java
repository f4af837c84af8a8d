package org.continuum.identity.application;

import java.time.Instant;

/** A freshly issued bearer token: the only moment the raw token exists outside the client. */
public record IssuedToken(String token, Instant expiresAt) {}
