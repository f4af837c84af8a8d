package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.audit.application.AuditReaders;

/** The audit trail is read by administrators only. */
@ApplicationScoped
public class AuditReadersAdapter implements AuditReaders {

  @Inject AccessPolicy access;

  @Override
  public void requireReader() {
    access.requireAdmin();
  }
}
