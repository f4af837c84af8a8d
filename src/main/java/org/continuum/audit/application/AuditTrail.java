package org.continuum.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.continuum.audit.domain.AuditEvent;
import org.continuum.audit.domain.AuditEventRepository;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.shared.application.RequestOrigin;
import org.continuum.shared.domain.ActorProvider;

/**
 * Appends to the audit trail inside the caller's transaction, so an audited change and its entry
 * commit or roll back together.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

  @Inject Clock clock;
  @Inject AuditEventRepository events;
  @Inject ActorProvider actor;
  @Inject RequestOrigin origin;

  /** Something the signed-in user (or the system) did to a subject. */
  public void record(
      AuditEventType type, String subjectType, Long subjectId, Long programId, String detail) {
    recordAs(
        type,
        actor.currentActorId(),
        actor.currentActorName(),
        subjectType,
        subjectId,
        programId,
        detail);
  }

  /** The same thing the signed-in user did to each of many subjects, one event each. */
  public void recordEach(
      AuditEventType type,
      String subjectType,
      Collection<Long> subjectIds,
      Long programId,
      String detail) {
    Long actorId = actor.currentActorId();
    String actorName = actor.currentActorName();
    String address = originAddress();
    List<AuditEvent> batch = new ArrayList<>(subjectIds.size());
    for (Long subjectId : subjectIds) {
      batch.add(
          event(type, actorId, actorName, subjectType, subjectId, programId, detail, address));
    }
    events.appendAll(batch);
  }

  /** Something done by a named actor who is not (yet) signed in, e.g. a sign-in attempt. */
  public void recordAs(
      AuditEventType type,
      Long actorId,
      String actorName,
      String subjectType,
      Long subjectId,
      Long programId,
      String detail) {
    events.append(
        event(
            type, actorId, actorName, subjectType, subjectId, programId, detail, originAddress()));
  }

  private AuditEvent event(
      AuditEventType type,
      Long actorId,
      String actorName,
      String subjectType,
      Long subjectId,
      Long programId,
      String detail,
      String address) {
    return new AuditEvent(
        clock.instant(),
        type,
        actorId,
        actorName,
        subjectType,
        subjectId,
        programId,
        detail,
        address);
  }

  private String originAddress() {
    try {
      return origin.address();
    } catch (ContextNotActiveException outsideRequest) {
      return null;
    }
  }
}
