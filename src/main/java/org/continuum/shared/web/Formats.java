package org.continuum.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.Words;

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

  /** "PC1, PC3": a list as a sentence holds it, not as Java prints it. */
  public String list(java.util.Collection<?> items) {
    return items == null ? "" : String.join(", ", items.stream().map(String::valueOf).toList());
  }

  /** "1 attempt", "3 attempts". */
  public String count(long n, String noun) {
    return Words.count(n, noun);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
