package org.continuum.seed.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.FirstAdministratorSetup;
import org.continuum.identity.application.KnownPasswords;
import org.continuum.seed.application.BundledSeeds;
import org.continuum.seed.application.SeedReport;
import org.continuum.shared.application.DemoMode;
import org.junit.jupiter.api.Test;

/** Start-up: demo content only in demo mode, and no start while a demo account stays open. */
class StartupSeederTest {

  private final List<String> loaded = new ArrayList<>();

  @Test
  void aServerNotInDemoModeLoadsNoDemoAndRefusesToStartWhileADemoAccountStaysOpen() {
    StartupSeeder seeder = seeder("false", List.of("dr.okafor"));
    assertThatThrownBy(seeder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start")
        .hasMessageContaining("dr.okafor");
    assertThat(loaded).containsExactly(BundledSeeds.CORE_SET);
  }

  @Test
  void aServerNotInDemoModeWithoutDemoAccountsStartsWithTheCoreOnly() {
    seeder("", List.of()).start();
    assertThat(loaded).containsExactly(BundledSeeds.CORE_SET);
  }

  @Test
  void demoModeLoadsTheDemoOnlyWhenAskedFor() {
    seeder("true", List.of("dr.okafor")).start();
    assertThat(loaded).containsExactly(BundledSeeds.CORE_SET, BundledSeeds.DEMO_SET);
  }

  @Test
  void theDemoPasswordsAreReadFromTheDemoInstitution() {
    assertThat(BundledSeeds.demoPasswords())
        .containsEntry("dr.okafor", "lakeview-demo-2026")
        .containsEntry("admin", "lakeview-demo-2026");
  }

  private StartupSeeder seeder(String setting, List<String> stillOpen) {
    StartupSeeder seeder = new StartupSeeder();
    seeder.demoMode =
        new DemoMode() {
          @Override
          public boolean isOn() {
            return setting.equals("true");
          }
        };
    seeder.seeds =
        new BundledSeeds() {
          @Override
          public List<SeedReport> load(String listFile) {
            loaded.add(listFile);
            return List.of();
          }
        };
    seeder.knownPasswords =
        new KnownPasswords() {
          @Override
          public List<String> stillOpenWith(Map<String, String> published) {
            return stillOpen.stream().filter(published::containsKey).toList();
          }
        };
    seeder.firstAdministrator =
        new FirstAdministratorSetup() {
          @Override
          public void announceIfNeeded() {}
        };
    return seeder;
  }
}
