package org.continuum.seed.infrastructure;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.continuum.identity.application.FirstAdministratorSetup;
import org.continuum.identity.application.KnownPasswords;
import org.continuum.seed.application.BundledSeeds;
import org.continuum.seed.application.CoreContentLoaded;
import org.continuum.seed.application.SeedReport;
import org.continuum.shared.application.DemoMode;
import org.continuum.shared.application.SystemContext;

/**
 * At start-up, after the migrations: loads the core reference content (the procedure catalog) on
 * every database, the demo institution only in demo mode ({@link DemoMode}: asked for, never by
 * default), then opens first-administrator setup if there is no account. Bean-managed transactions,
 * so each seed file commits on its own.
 *
 * <p>A server not in demo mode refuses to start while a demo account still opens with the password
 * the README publishes: it would be a default account anyone can sign in with.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class StartupSeeder {

  private static final Logger LOG = Logger.getLogger(StartupSeeder.class.getName());

  @Inject DemoMode demoMode;
  @Inject BundledSeeds seeds;
  @Inject KnownPasswords knownPasswords;
  @Inject FirstAdministratorSetup firstAdministrator;
  @Inject Event<CoreContentLoaded> coreLoaded;

  @PostConstruct
  void start() {
    load(BundledSeeds.CORE_SET);
    SystemContext.run(() -> coreLoaded.fire(new CoreContentLoaded()));
    if (demoMode.isOn()) {
      LOG.warning(
          "Demo mode (continuum.seed.demo=true): the demo institution and its accounts, whose"
              + " password is published, are loaded. Never use demo mode for real records.");
      load(BundledSeeds.DEMO_SET);
    } else {
      refuseDemoAccounts();
    }
    firstAdministrator.announceIfNeeded();
  }

  private void refuseDemoAccounts() {
    List<String> open =
        SystemContext.call(() -> knownPasswords.stillOpenWith(BundledSeeds.demoPasswords()));
    if (!open.isEmpty()) {
      String message =
          "Refusing to start: demo accounts "
              + open
              + " still have the demo password published in the README, and this server is not"
              + " in demo mode (continuum.seed.demo). Reset their passwords or disable them on a"
              + " server started in demo mode, or start with an empty database.";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
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
}
