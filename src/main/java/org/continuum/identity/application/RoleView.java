package org.continuum.identity.application;

import java.io.Serializable;
import org.continuum.identity.domain.Role;

/** A role someone holds, with the program's name (or "Institution" for administrators). */
public record RoleView(Role role, Long programId, String programName) implements Serializable {}
