package org.continuum.procedure.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.H2Dialect;

/**
 * Adds deltas to procedure_count rows, creating the rows that do not exist yet, in one batched
 * statement. MySQL and MariaDB have no MERGE and H2 has no ON DUPLICATE KEY UPDATE (outside its
 * MySQL mode), so each gets its own statement; both take the row lock and add atomically, so
 * concurrent writers never lose a count.
 */
enum ProcedureCountUpsert {
  MYSQL(
      "INSERT INTO procedure_count (program_id, trainee_id, procedure_type_id, trainee_role, status,"
          + " primary_code, n) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE n = n +"
          + " VALUES(n)"),
  H2(
      "MERGE INTO procedure_count c USING (VALUES (CAST(? AS BIGINT), CAST(? AS BIGINT), CAST(? AS"
          + " BIGINT), CAST(? AS VARCHAR(20)), CAST(? AS VARCHAR(12)), CAST(? AS VARCHAR(12)),"
          + " CAST(? AS BIGINT))) AS d(program_id, trainee_id, procedure_type_id, trainee_role,"
          + " status, primary_code, n) ON c.program_id = d.program_id AND c.trainee_id ="
          + " d.trainee_id AND c.procedure_type_id = d.procedure_type_id AND c.trainee_role ="
          + " d.trainee_role AND c.status = d.status AND c.primary_code = d.primary_code WHEN"
          + " MATCHED THEN UPDATE SET n = c.n + d.n WHEN NOT MATCHED THEN INSERT (program_id,"
          + " trainee_id, procedure_type_id, trainee_role, status, primary_code, n) VALUES"
          + " (d.program_id, d.trainee_id, d.procedure_type_id, d.trainee_role, d.status,"
          + " d.primary_code, d.n)");

  private final String sql;

  ProcedureCountUpsert(String sql) {
    this.sql = sql;
  }

  static ProcedureCountUpsert forDialect(Dialect dialect) {
    return dialect instanceof H2Dialect ? H2 : MYSQL;
  }

  /** Applies the deltas in the map's order (the primary key's), which the caller guarantees. */
  void apply(Connection connection, Map<CountKey, Long> deltas) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Map.Entry<CountKey, Long> delta : deltas.entrySet()) {
        CountKey key = delta.getKey();
        statement.setLong(1, key.programId());
        statement.setLong(2, key.traineeId());
        statement.setLong(3, key.procedureTypeId());
        statement.setString(4, key.role().name());
        statement.setString(5, key.status().name());
        statement.setString(6, key.primaryCode());
        statement.setLong(7, delta.getValue());
        statement.addBatch();
      }
      statement.executeBatch();
    }
  }
}
