package org.continuum.shared.infrastructure;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Registers an {@link EntityWriteListener} with Hibernate. Hibernate finds each subclass through
 * META-INF/services/org.hibernate.integrator.spi.Integrator in the application's classes (the
 * persistence unit's integrator property is not read for classes of a deployment on WildFly).
 */
public abstract class EntityWriteIntegration implements Integrator {

  protected abstract EntityWriteListener listener();

  @Override
  public void integrate(
      Metadata metadata,
      BootstrapContext bootstrapContext,
      SessionFactoryImplementor sessionFactory) {
    EntityWriteListener listener = listener();
    EventListenerRegistry registry =
        sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
    registry.appendListeners(EventType.POST_INSERT, listener);
    registry.appendListeners(EventType.POST_UPDATE, listener);
    registry.appendListeners(EventType.POST_DELETE, listener);
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
    // nothing held outside the session factory
  }
}
