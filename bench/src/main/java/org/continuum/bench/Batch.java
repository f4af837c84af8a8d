package org.continuum.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Batched inserts into one table: rows are added with their values and sent every few thousand,
 * committed as they go. With Connector/J's rewriteBatchedStatements a batch travels as a few
 * multi-row INSERTs, which is what makes millions of rows a matter of minutes.
 */
final class Batch implements AutoCloseable {

  private static final int SIZE = 5_000;

  private final Connection connection;
  private final PreparedStatement statement;
  private final String table;
  private int pending;
  private long written;

  Batch(Connection connection, String table, String columns) throws SQLException {
    this.connection = connection;
    this.table = table;
    int n = columns.split(",").length;
    this.statement =
        connection.prepareStatement(
            "INSERT INTO " + table + " (" + columns + ") VALUES (" + "?,".repeat(n - 1) + "?)");
  }

  void add(Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    statement.addBatch();
    if (++pending == SIZE) {
      flush();
    }
  }

  private void flush() throws SQLException {
    if (pending > 0) {
      statement.executeBatch();
      connection.commit();
      written += pending;
      pending = 0;
    }
  }

  long written() {
    return written + pending;
  }

  String table() {
    return table;
  }

  @Override
  public void close() throws SQLException {
    flush();
    statement.close();
  }
}
