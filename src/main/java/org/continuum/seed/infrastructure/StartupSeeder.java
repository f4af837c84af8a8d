package org.continuum.seed.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.continuum.identity.application.FirstAdministratorSetup;
import org.continuum.seed.application.BundledSeeds;
import org.continuum.seed.application.SeedReport;
import org.continuum.shared.application.SystemContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the migrations: loads the core reference content (the procedure catalog) on
 * every database, the demo institution into the embedded default database only (never into MySQL
 * unless asked), then opens first-administrator setup if there is no account. Bean-managed
 * transactions, so each seed file commits on its own.
 *
 * <p>{@code continuum.seed.demo} (env CONTINUUM_SEED_DEMO): {@code auto} (default) loads the demo
 * on H2 only; {@code true} always; {@code false} never.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSeeder {

  private static final Logger LOG = Logger.getLogger(StartupSeeder.class.getName());

  @Resource(lookup = "java:jboss/datasources/ContinuumDS")
  private DataSource dataSource;

  @Inject
  @ConfigProperty(name = "continuum.seed.demo", defaultValue = "auto")
  String demoSetting;

  @Inject BundledSeeds seeds;
  @Inject FirstAdministratorSetup firstAdministrator;

  @PostConstruct
  void start() {
    load(BundledSeeds.CORE_SET);
    if (shouldLoadDemo()) {
      load(BundledSeeds.DEMO_SET);
    }
    firstAdministrator.announceIfNeeded();
  }

  private void load(String set) {
    for (SeedReport report : SystemContext.call(() -> seeds.load(set))) {
      LOG.info(
          () ->
              "Seed content "
                  + report.key()
                  + " version "
                  + report.version()
                  + (report.applied() ? " loaded" : " already loaded"));
    }
  }

  private boolean shouldLoadDemo() {
    String setting = demoSetting.strip().toLowerCase(Locale.ROOT);
    if (setting.equals("true")) {
      return true;
    }
    if (setting.equals("false")) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the database product name", e);
    }
  }
}
