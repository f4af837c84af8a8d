package org.continuum.audit.domain;

import java.util.List;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface AuditEventRepository {

  void append(AuditEvent event);

  /** Appends many events in few statements (an import audits each row it writes). */
  void appendAll(List<AuditEvent> events);

  /**
   * Filters: "type" (an {@link AuditEventType} name), "actor" (name contains), "subjectType",
   * "subjectId". Sort fields: occurredAt, type, actorName. Newest first by default.
   */
  Page<AuditEvent> list(PageRequest request);
}
