package org.continuum.audit.infrastructure;

import static org.continuum.shared.infrastructure.ListQuery.LIKE_ESCAPE;
import static org.continuum.shared.infrastructure.ListQuery.containsPattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.continuum.audit.domain.AuditEvent;
import org.continuum.audit.domain.AuditEventRepository;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.BulkInsert;
import org.continuum.shared.infrastructure.ListQuery;
import org.hibernate.engine.spi.SessionImplementor;

@ApplicationScoped
public class JpaAuditEventRepository implements AuditEventRepository {

  private static final BulkInsert<AuditEvent> BULK = new BulkInsert<>(AuditEvent.class);

  @PersistenceContext EntityManager em;

  @Override
  public void append(AuditEvent event) {
    em.persist(event);
  }

  @Override
  public void appendAll(List<AuditEvent> events) {
    BULK.insert(em.unwrap(SessionImplementor.class), events);
  }

  @Override
  public Page<AuditEvent> list(PageRequest request) {
    ListQuery<AuditEvent> query =
        ListQuery.select(em, AuditEvent.class, "select e", "from AuditEvent e");
    String type = request.filter("type");
    if (type != null) {
      query.where("e.type = :type", "type", parseType(type));
    }
    String actor = request.filter("actor");
    if (actor != null) {
      query.where("lower(e.actorName) like :actor" + LIKE_ESCAPE, "actor", containsPattern(actor));
    }
    String subjectType = request.filter("subjectType");
    if (subjectType != null) {
      query.where("e.subjectType = :subjectType", "subjectType", subjectType);
    }
    String subjectId = request.filter("subjectId");
    if (subjectId != null) {
      query.where("e.subjectId = :subjectId", "subjectId", parseId(subjectId));
    }
    PageRequest newestFirst =
        request.sortField() == null ? request.sortedBy("occurredAt", false) : request;
    return query
        .sortable(
            Map.of("occurredAt", "e.occurredAt", "type", "e.type", "actorName", "e.actorName"),
            "e.occurredAt",
            "e.id")
        .fetch(newestFirst);
  }

  private static AuditEventType parseType(String value) {
    try {
      return AuditEventType.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "type", Wording.of("jpaAuditEventRepository.eventTypeKnown", value));
    }
  }

  private static long parseId(String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "subjectId", Wording.of("jpaAuditEventRepository.subjectIdNumber"));
    }
  }
}
