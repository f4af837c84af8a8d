package org.continuum.shared.infrastructure;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.metamodel.mapping.AttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Inserts many new entities of one class with multi-row INSERT statements. Hibernate writes an
 * entity whose id the database assigns (identity) one statement and one round trip at a time, and
 * cannot batch it; an import of thousands of rows waits on those round trips. This writes the same
 * columns, converted and bound by Hibernate's own mapping of each attribute and after the same
 * {@code @PrePersist} callbacks, a few hundred rows a statement.
 *
 * <p>The entities are not attached to the persistence context and their ids stay unset, and no
 * insert event is raised: a caller that keeps a summary of these rows updates it itself.
 *
 * @param <T> an entity class with an identity id and no collections of its own
 */
public final class BulkInsert<T> {

  /** Rows per statement: large enough to spare round trips, small for the statement's size. */
  static final int ROWS_PER_STATEMENT = 200;

  private final Class<T> type;

  private volatile Shape shape;

  public BulkInsert(Class<T> type) {
    this.type = type;
  }

  /** The table, its insertable columns and the attributes that fill them, in column order. */
  private record Shape(String table, List<String> columns, List<AttributeMapping> attributes) {

    String sql(int rows) {
      String row = "(" + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
      return "INSERT INTO "
          + table
          + " ("
          + String.join(", ", columns)
          + ") VALUES "
          + String.join(", ", Collections.nCopies(rows, row));
    }
  }

  /** Inserts the entities, in their order, in the session's transaction. */
  public void insert(SessionImplementor session, List<? extends T> entities) {
    if (entities.isEmpty()) {
      return;
    }
    Shape s = shape(session);
    for (T entity : entities) {
      session.getFactory().getEventEngine().getCallbackRegistry().preCreate(entity);
    }
    session.doWork(
        connection -> {
          for (int from = 0; from < entities.size(); from += ROWS_PER_STATEMENT) {
            List<? extends T> part =
                entities.subList(from, Math.min(entities.size(), from + ROWS_PER_STATEMENT));
            try (PreparedStatement statement = connection.prepareStatement(s.sql(part.size()))) {
              int[] index = {1};
              for (T entity : part) {
                bind(session, s, entity, statement, index);
              }
              statement.executeUpdate();
            }
          }
        });
  }

  private static void bind(
      SessionImplementor session,
      Shape shape,
      Object entity,
      PreparedStatement statement,
      int[] index)
      throws SQLException {
    List<SQLException> failures = new ArrayList<>(0);
    for (AttributeMapping attribute : shape.attributes()) {
      attribute.breakDownJdbcValues(
          attribute.getValue(entity),
          (valueIndex, value, selectable) -> {
            if (insertable(selectable)) {
              try {
                selectable
                    .getJdbcMapping()
                    .getJdbcValueBinder()
                    .bind(statement, value, index[0]++, session);
              } catch (SQLException e) {
                failures.add(e);
              }
            }
          },
          session);
    }
    if (!failures.isEmpty()) {
      throw failures.get(0);
    }
  }

  private Shape shape(SessionImplementor session) {
    Shape s = shape;
    if (s == null) {
      EntityPersister persister =
          session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
      List<String> columns = new ArrayList<>();
      List<AttributeMapping> attributes = new ArrayList<>();
      persister.forEachAttributeMapping(
          attribute -> {
            if (attribute.isPluralAttributeMapping()) {
              throw new IllegalStateException(
                  type.getSimpleName() + " has a collection; it cannot be bulk inserted.");
            }
            attributes.add(attribute);
            attribute.forEachSelectable(
                (i, selectable) -> {
                  if (insertable(selectable)) {
                    columns.add(selectable.getSelectionExpression());
                  }
                });
          });
      s = new Shape(persister.getIdentifierTableDetails().getTableName(), columns, attributes);
      shape = s;
    }
    return s;
  }

  private static boolean insertable(SelectableMapping selectable) {
    return selectable.isInsertable() && !selectable.isFormula();
  }
}
