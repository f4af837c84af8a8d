package org.continuum.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.continuum.shared.domain.AggregateLocks;
import org.continuum.shared.domain.BaseEntity;

/**
 * A pessimistic force-increment lock: the row is locked until the transaction ends (a second editor
 * waits, then fails its version check) and the version moves on immediately, so the view returned
 * to the editor carries the new one.
 */
@ApplicationScoped
public class JpaAggregateLocks implements AggregateLocks {

  @PersistenceContext EntityManager em;

  @Override
  public void lockForChange(BaseEntity aggregate) {
    em.lock(aggregate, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
  }
}
