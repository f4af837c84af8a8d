package org.continuum.shared.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The institution's calendar: which day it is, and the zone times are shown in. Instants are stored
 * in UTC; dates (today, academic years, due dates) follow the institution's zone.
 */
@ApplicationScoped
public class InstitutionTime {

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "continuum.time-zone", defaultValue = "America/Chicago")
  String zoneId;

  public ZoneId zone() {
    return ZoneId.of(zoneId);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), zone());
  }
}
