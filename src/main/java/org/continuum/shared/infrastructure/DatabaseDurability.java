package org.continuum.shared.infrastructure;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Whether the database keeps what it acknowledged through a crash. MySQL and MariaDB do only with
 * innodb_flush_log_at_trx_commit=1 (their default); a DBA who lowers it for speed trades away
 * acknowledged entries and signatures, which the log at start-up then says.
 */
final class DatabaseDurability {

  private DatabaseDurability() {}

  /** A warning to log if the database would lose acknowledged commits in a crash. */
  static Optional<String> warning(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
      if (!product.contains("mysql") && !product.contains("mariadb")) {
        return Optional.empty();
      }
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("SELECT @@innodb_flush_log_at_trx_commit")) {
        if (r.next() && r.getInt(1) != 1) {
          return Optional.of(
              "innodb_flush_log_at_trx_commit is "
                  + r.getInt(1)
                  + ", not 1: entries and signatures the server confirmed can be lost in a crash"
                  + " of the database server. Set it to 1 (docs/security.md).");
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      return Optional.of("Could not check the database's durability setting: " + e.getMessage());
    }
  }
}
