package org.continuum.testsupport;

import java.lang.reflect.Field;
import org.continuum.shared.domain.BaseEntity;

/** Gives an entity the id the database would, for domain tests that run without one. */
public final class EntityIds {

  private EntityIds() {}

  public static <T extends BaseEntity> T withId(T entity, long id) {
    try {
      Field field = BaseEntity.class.getDeclaredField("id");
      field.setAccessible(true);
      field.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
