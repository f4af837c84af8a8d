package org.continuum.shared.domain;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A graduate medical education academic year: 1 July to 30 June, named by both calendar years. */
public record AcademicYear(int startYear) implements Comparable<AcademicYear> {

  private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{4})");

  public AcademicYear {
    if (startYear < 1950 || startYear > 2200) {
      throw new InvalidInputException(
          "academicYear", Wording.of("academicYear.academicYearOutRange"));
    }
  }

  public static AcademicYear containing(LocalDate date) {
    return new AcademicYear(
        date.getMonthValue() >= Month.JULY.getValue() ? date.getYear() : date.getYear() - 1);
  }

  /** Parses "2026-2027". */
  public static AcademicYear parse(String label) {
    Matcher m = label == null ? null : LABEL.matcher(label.strip());
    if (m == null
        || !m.matches()
        || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
      throw new InvalidInputException(
          "academicYear", Wording.of("academicYear.academicYearWrittenLike"));
    }
    return new AcademicYear(Integer.parseInt(m.group(1)));
  }

  public LocalDate start() {
    return LocalDate.of(startYear, Month.JULY, 1);
  }

  public LocalDate end() {
    return LocalDate.of(startYear + 1, Month.JUNE, 30);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  public AcademicYear next() {
    return new AcademicYear(startYear + 1);
  }

  public AcademicYear previous() {
    return new AcademicYear(startYear - 1);
  }

  public String label() {
    return startYear + "-" + (startYear + 1);
  }

  @Override
  public int compareTo(AcademicYear other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public String toString() {
    return label();
  }
}
