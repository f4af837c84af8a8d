package org.continuum.identity.application;

import java.io.Serializable;
import org.continuum.identity.domain.Role;

/** A person holding a role in a program. */
public record RoleHolder(long accountId, String displayName, String email, Role role)
    implements Serializable {}
