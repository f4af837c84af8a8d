package org.continuum.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.audit.domain.AuditEvent;
import org.continuum.audit.domain.AuditEventRepository;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

/** Reading the audit trail: administrators only. */
@ApplicationScoped
@Transactional
public class AuditLog {

  @Inject AuditReaders readers;
  @Inject AuditEventRepository events;

  public Page<AuditEvent> list(PageRequest request) {
    readers.requireReader();
    return events.list(request);
  }
}
