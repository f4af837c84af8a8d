package org.continuum.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether this server was started to show the demo institution: only when asked for, with {@code
 * continuum.seed.demo=true} (env CONTINUUM_SEED_DEMO), as {@code ./mvnw wildfly:run} does. A server
 * started any other way, on any database, has no demo accounts and takes no demo content.
 */
@ApplicationScoped
public class DemoMode {

  @Inject
  @ConfigProperty(name = "continuum.seed.demo", defaultValue = "false")
  String setting;

  public boolean isOn() {
    return setting.strip().toLowerCase(Locale.ROOT).equals("true");
  }
}
