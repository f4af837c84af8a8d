package org.continuum.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

  /** "PC1, PC3": a list as a sentence holds it, not as Java prints it. */
  public String list(java.util.Collection<?> items) {
    return items == null ? "" : String.join(", ", items.stream().map(String::valueOf).toList());
  }

  /** The first items of a list, for a short list with "and N more" after it. */
  public <T> List<T> first(List<T> items, int n) {
    return items == null ? List.of() : items.subList(0, Math.min(n, items.size()));
  }

  /**
   * The page sentence under {@code key} with its {0}, {1}... filled: for an attribute, or words
   * around values, where h:outputFormat cannot go. The pattern is a MessageFormat one.
   */
  public String text(String key, Object... values) {
    return PageText.of(key, values);
  }

  public String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** "2026-10-01 to 2026-10-31", or a single day as that day, never "from a day to itself". */
  public String range(LocalDate from, LocalDate to) {
    if (from == null || to == null || from.equals(to)) {
      return date(from == null ? to : from);
    }
    return date(from) + " to " + date(to);
  }
}
