package org.continuum.seed.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.continuum.identity.application.FirstAdministratorSetup;
import org.continuum.identity.application.KnownPasswords;
import org.continuum.seed.application.BundledSeeds;
import org.continuum.seed.application.CoreContentLoaded;
import org.continuum.seed.application.SeedReport;
import org.continuum.shared.application.DemoMode;
import org.junit.jupiter.api.Test;

/** Start-up: demo content only in demo mode, and no start while a demo account stays open. */
class StartupSeederTest {

  private static final String CORE_LOADED = "(core content loaded)";

  private final List<String> loaded = new ArrayList<>();

  @Test
  void aServerNotInDemoModeLoadsNoDemoAndRefusesToStartWhileADemoAccountStaysOpen() {
    StartupSeeder seeder = seeder("false", List.of("dr.okafor"));
    assertThatThrownBy(seeder::start)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Refusing to start")
        .hasMessageContaining("dr.okafor");
    assertThat(loaded).containsExactly(BundledSeeds.CORE_SET, CORE_LOADED);
  }

  @Test
  void aServerNotInDemoModeWithoutDemoAccountsStartsWithTheCoreOnly() {
    seeder("", List.of()).start();
    assertThat(loaded).containsExactly(BundledSeeds.CORE_SET, CORE_LOADED);
  }

  @Test
  void demoModeLoadsTheDemoOnlyWhenAskedFor() {
    seeder("true", List.of("dr.okafor")).start();
    assertThat(loaded)
        .as("records are brought up to the core content before any demo content is made")
        .containsExactly(BundledSeeds.CORE_SET, CORE_LOADED, BundledSeeds.DEMO_SET);
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
    seeder.coreLoaded =
        new Event<>() {
          @Override
          public void fire(CoreContentLoaded event) {
            loaded.add(CORE_LOADED);
          }

          @Override
          public <U extends CoreContentLoaded> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
          }

          @Override
          public <U extends CoreContentLoaded> CompletionStage<U> fireAsync(
              U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Event<CoreContentLoaded> select(Annotation... qualifiers) {
            return this;
          }

          @Override
          public <U extends CoreContentLoaded> Event<U> select(
              Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
          }

          @Override
          public <U extends CoreContentLoaded> Event<U> select(
              TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
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
