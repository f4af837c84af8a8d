package org.continuum.shared.infrastructure;

import java.util.Arrays;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Hears every insert, update and delete Hibernate makes, with the state before and after, inside
 * the transaction that made it: what keeps a summary table in step with the rows it summarises,
 * whichever service changed them.
 */
public interface EntityWriteListener
    extends PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

  /** The summaries are written before commit, never after. */
  @Override
  default boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  /** One property of an entity's state array, by name. */
  static Object property(EntityPersister persister, Object[] state, String name) {
    int i = Arrays.asList(persister.getPropertyNames()).indexOf(name);
    if (i < 0) {
      throw new IllegalStateException(persister.getEntityName() + " has no property " + name);
    }
    return state[i];
  }
}
