package org.continuum.audit.application;

/**
 * Who may read the audit trail. Audit knows nobody's roles, and identity writes to the trail, so
 * identity answers through this port rather than audit depending on it.
 */
public interface AuditReaders {

  /** Refuses a caller who may not read the trail (anyone but an administrator). */
  void requireReader();
}
