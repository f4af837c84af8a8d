package org.continuum.shared.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.continuum.shared.infrastructure.migration.V15__Signatures_without_signer;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date with the Flyway migrations under db/migration before anything else
 * runs. Bean-managed transactions, because Flyway controls autocommit itself.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

  public static final String MIGRATIONS = "classpath:db/migration";

  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:jboss/datasources/ContinuumDS")
  private DataSource dataSource;

  @PostConstruct
  void migrate() {
    MigrateResult result = configure(dataSource).migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + (result.targetSchemaVersion == null
                    ? result.initialSchemaVersion
                    : result.targetSchemaVersion)
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
    DatabaseDurability.warning(dataSource).ifPresent(LOG::warning);
  }

  /** The one Flyway configuration, shared with the tests that migrate an empty schema. */
  public static Flyway configure(DataSource dataSource) {
    return Flyway.configure()
        .dataSource(dataSource)
        .locations(MIGRATIONS)
        // Java migrations are named here, not found by scanning the deployment
        .javaMigrations(new V15__Signatures_without_signer())
        .validateMigrationNaming(true)
        .load();
  }
}
