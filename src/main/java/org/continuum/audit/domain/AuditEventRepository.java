package org.continuum.audit.domain;

import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface AuditEventRepository {

  void append(AuditEvent event);

  /**
   * Filters: "type" (an {@link AuditEventType} name), "actor" (name contains), "subjectType",
   * "subjectId". Sort fields: occurredAt, type, actorName. Newest first by default.
   */
  Page<AuditEvent> list(PageRequest request);
}
