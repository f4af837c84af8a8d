package org.continuum.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.continuum.shared.application.InstitutionTime;

/** Dates and times as pages show them: ISO dates, times in the institution's zone. */
@Named("fmt")
@ApplicationScoped
public class Formats {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

  @Inject InstitutionTime time;

  public String when(Instant instant) {
    return instant == null ? "" : WHEN.withZone(time.zone()).format(instant);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
