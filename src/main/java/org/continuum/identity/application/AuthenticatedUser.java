package org.continuum.identity.application;

import java.io.Serializable;
import java.util.Set;
import java.util.stream.Collectors;
import org.continuum.identity.domain.Role;

/**
 * Who signed in, as kept in the session or resolved from a token: enough to authorise by role at
 * the door. Object-level checks always read the current memberships.
 */
public record AuthenticatedUser(
    long accountId, String username, String displayName, Set<Role> roles) implements Serializable {

  public AuthenticatedUser {
    roles = Set.copyOf(roles);
  }

  /** The container's groups: one per role held anywhere. */
  public Set<String> groups() {
    return roles.stream().map(Role::name).collect(Collectors.toUnmodifiableSet());
  }
}
