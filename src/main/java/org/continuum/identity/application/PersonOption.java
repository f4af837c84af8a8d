package org.continuum.identity.application;

/** A person as a picker shows them. */
public record PersonOption(long id, String displayName, String username, String email) {

  public String label() {
    return displayName + " (" + username + ")";
  }
}
