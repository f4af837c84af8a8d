package org.continuum.audit.application;

import java.util.Collection;
import java.util.Map;

/**
 * The names of the people an audit entry names by account id. Audit knows nobody, and identity
 * writes to the trail, so identity answers through this port rather than audit depending on it.
 */
public interface AuditPeople {

  /** Display names by account id; an id with no account is left out. */
  Map<Long, String> displayNames(Collection<Long> accountIds);
}
