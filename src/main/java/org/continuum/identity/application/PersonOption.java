package org.continuum.identity.application;

import java.io.Serializable;

/** A person as a picker shows them. */
public record PersonOption(long id, String displayName, String username, String email)
    implements Serializable {

  public String label() {
    return displayName + " (" + username + ")";
  }
}
