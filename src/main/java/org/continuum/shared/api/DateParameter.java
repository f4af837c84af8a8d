package org.continuum.shared.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/** A date in a query parameter (ISO, 2026-07-01); a malformed one is a 400 naming the parameter. */
public final class DateParameter {

  private DateParameter() {}

  public static LocalDate parse(String name, String value, LocalDate whenAbsent) {
    if (value == null || value.isBlank()) {
      return whenAbsent;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(name, Wording.of("dateParameter.dateLike202607", name));
    }
  }
}
