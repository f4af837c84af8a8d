package org.continuum.identity.domain;

public enum AccountStatus {
  ACTIVE,
  /** Cannot sign in or use tokens; kept because records name the person. */
  DISABLED
}
