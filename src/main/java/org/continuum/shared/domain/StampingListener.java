package org.continuum.shared.domain;

import jakarta.inject.Inject;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.time.Clock;

/**
 * Stamps created and modified by and at on every {@link BaseEntity}, from the clock and the actor.
 */
public class StampingListener {

  @Inject Clock clock;

  @Inject ActorProvider actor;

  @PrePersist
  void beforeInsert(BaseEntity entity) {
    entity.stampCreation(actor.currentActorName(), clock.instant());
  }

  @PreUpdate
  void beforeUpdate(BaseEntity entity) {
    entity.stampModification(actor.currentActorName(), clock.instant());
  }
}
