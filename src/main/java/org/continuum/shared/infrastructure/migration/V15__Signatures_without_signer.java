package org.continuum.shared.infrastructure.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets an evaluation signature name no signer: content a previous system signed (and the demo
 * seed's stand-ins for it) is sealed without anybody signing it here. A Java migration because H2
 * and MySQL/MariaDB spell "drop NOT NULL" differently and neither accepts the other's form.
 */
public class V15__Signatures_without_signer extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    boolean h2 = "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          h2
              ? "ALTER TABLE evaluation_signature ALTER COLUMN signer_id SET NULL"
              : "ALTER TABLE evaluation_signature MODIFY COLUMN signer_id BIGINT NULL");
    }
  }
}
