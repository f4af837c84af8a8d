package org.continuum.shared.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads the rows of a summary table (thousands of small rows of numbers and codes) with plain JDBC
 * on the transaction's own connection. Through a native query each cell took a trip through
 * Hibernate's row reader and two calls on the pool's result-set wrapper (the value, then {@code
 * wasNull}), each taking the connection's lock: a third of the director dashboard's time. Here each
 * cell is one typed getter.
 *
 * <p>Only for tables that no entity maps and that are written through JDBC before commit (the
 * summaries): nothing in the persistence context needs flushing first.
 */
public final class SummaryRows {

  /** Makes one value from the current row. */
  @FunctionalInterface
  public interface RowReader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private SummaryRows() {}

  /** "?, ?, ?" for an IN list of that many values (at least one). */
  public static String placeholders(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  /**
   * Runs the query with its parameters (Long, Integer, String or LocalDate; a collection is bound
   * value by value, in the order of its placeholders) and reads every row.
   */
  public static <T> List<T> list(
      EntityManager em, String sql, List<?> parameters, RowReader<T> reader) {
    return em.unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object parameter : parameters) {
                  if (parameter instanceof Collection<?> values) {
                    for (Object value : values) {
                      bind(statement, index++, value);
                    }
                  } else {
                    bind(statement, index++, parameter);
                  }
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet row = statement.executeQuery()) {
                  while (row.next()) {
                    rows.add(reader.read(row));
                  }
                }
                return rows;
              }
            });
  }

  private static void bind(PreparedStatement statement, int index, Object value)
      throws SQLException {
    if (value instanceof Long l) {
      statement.setLong(index, l);
    } else if (value instanceof Integer i) {
      statement.setInt(index, i);
    } else if (value instanceof String s) {
      statement.setString(index, s);
    } else if (value instanceof LocalDate d) {
      statement.setObject(index, d);
    } else {
      throw new IllegalArgumentException("Cannot bind a " + value.getClass().getName());
    }
  }
}
