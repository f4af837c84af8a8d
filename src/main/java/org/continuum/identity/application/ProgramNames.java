package org.continuum.identity.application;

import java.util.Collection;
import java.util.Map;

/**
 * Program names for screens that list roles. Identity knows programs only by id; the program
 * context provides the names through this port, so the two contexts do not depend on each other
 * both ways.
 */
public interface ProgramNames {

  Map<Long, String> namesOf(Collection<Long> programIds);
}
