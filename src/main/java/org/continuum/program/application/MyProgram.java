package org.continuum.program.application;

import java.util.Set;
import org.continuum.identity.domain.Role;

/** A program the signed-in person belongs to, with the roles they hold in it. */
public record MyProgram(ProgramView program, Set<Role> roles) {

  public boolean holds(Role role) {
    return roles.contains(role);
  }
}
