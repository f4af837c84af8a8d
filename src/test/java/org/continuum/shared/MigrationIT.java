package org.continuum.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.continuum.shared.infrastructure.DatabaseMigrator;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations build the whole schema from an empty database, on H2 and (in the MariaDB
 * run) on MariaDB through MySQL Connector/J, and a second run changes nothing.
 */
class MigrationIT {

  private static final List<String> TABLES =
      List.of(
          "account",
          "membership",
          "api_token",
          "audit_event",
          "program",
          "enrollment",
          "training_year",
          "faculty_appointment",
          "seed_import");

  @Test
  void migratesAnEmptyH2Database() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    h2.setPassword("sa");
    assertMigratesFromEmpty(h2);
  }

  @Test
  void migratesAnEmptyMariaDbDatabaseWhenTheRunTargetsIt() throws SQLException {
    assumeTrue(
        "mariadb".equals(System.getProperty("it.db.name")),
        "this run targets H2; .ci/run repeats the integration tests against MariaDB");
    String database = "continuum_migration_" + UUID.randomUUID().toString().substring(0, 8);
    String url = System.getProperty("it.jdbc.url");
    String user = System.getProperty("it.jdbc.user");
    String password = System.getProperty("it.jdbc.password");
    try (Connection admin = DriverManager.getConnection(url, user, password);
        Statement statement = admin.createStatement()) {
      statement.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    try {
      MysqlDataSource mysql = new MysqlDataSource();
      mysql.setURL(url.replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1"));
      mysql.setUser(user);
      mysql.setPassword(password);
      try (Connection c = mysql.getConnection()) {
        assertThat(c.getMetaData().getDriverName()).contains("MySQL Connector/J");
        assertThat(c.getCatalog()).isEqualTo(database);
      }
      assertMigratesFromEmpty(mysql);
    } finally {
      try (Connection admin = DriverManager.getConnection(url, user, password);
          Statement statement = admin.createStatement()) {
        statement.execute("DROP DATABASE " + database);
      }
    }
  }

  private static void assertMigratesFromEmpty(DataSource dataSource) throws SQLException {
    Flyway flyway = DatabaseMigrator.configure(dataSource);
    MigrateResult first = flyway.migrate();
    assertThat(first.success).isTrue();
    assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(3);
    assertThat(tables(dataSource)).containsAll(TABLES);
    MigrateResult second = flyway.migrate();
    assertThat(second.migrationsExecuted).isZero();
    assertThat(flyway.validateWithResult().validationSuccessful).isTrue();
  }

  private static List<String> tables(DataSource dataSource) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        ResultSet rs =
            c.getMetaData().getTables(c.getCatalog(), null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
      }
    }
    return names;
  }
}
