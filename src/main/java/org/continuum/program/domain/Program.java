package org.continuum.program.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/** A residency or fellowship program: the unit in which people hold roles and standards apply. */
@Entity
@Cacheable
@Table(name = "program")
public class Program extends BaseEntity {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,19}");

  @Column(name = "code", nullable = false, unique = true, length = 20, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 160)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, length = 16, updatable = false)
  private ProgramKind kind;

  @Column(name = "specialty", nullable = false, length = 120)
  private String specialty;

  @Column(name = "length_years", nullable = false)
  private int lengthYears;

  @Column(name = "active", nullable = false)
  private boolean active;

  @Column(name = "counts_imported_logs", nullable = false)
  private boolean countsImportedLogs = true;

  protected Program() {}

  public Program(String code, String name, ProgramKind kind, String specialty, int lengthYears) {
    Violations problems = new Violations();
    this.code = problems.collect(() -> validCode(code));
    this.kind = problems.collect(() -> Check.required("kind", Wording.of("label.kind"), kind));
    problems.run(() -> describe(name, specialty, lengthYears));
    problems.throwIfAny();
    this.active = true;
  }

  /** Name, specialty and length together; nothing changes if any of them is invalid. */
  public void describe(String newName, String newSpecialty, int newLengthYears) {
    Violations problems = new Violations();
    String validName =
        problems.collect(() -> Check.text("name", Wording.of("label.name"), newName, 3, 160));
    String validSpecialty =
        problems.collect(
            () -> Check.text("specialty", Wording.of("label.specialty"), newSpecialty, 2, 120));
    Integer validLength =
        problems.collect(
            () ->
                Check.range("lengthYears", Wording.of("label.lengthYears"), newLengthYears, 1, 7));
    problems.throwIfAny();
    this.name = validName;
    this.specialty = validSpecialty;
    this.lengthYears = validLength;
  }

  private static String validCode(String code) {
    String upper = Check.required("code", Wording.of("label.code"), code).toUpperCase(Locale.ROOT);
    return Check.matches(
        "code", Wording.of("label.code"), upper, CODE, Wording.of("program.n220CharactersCapital"));
  }

  public void deactivate() {
    active = false;
  }

  public void activate() {
    active = true;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ProgramKind getKind() {
    return kind;
  }

  public String getSpecialty() {
    return specialty;
  }

  public int getLengthYears() {
    return lengthYears;
  }

  /**
   * Whether entries imported as verified in a previous system count toward this program's minimums
   * (they always show, marked as imported).
   */
  public void countImportedLogs(boolean counts) {
    this.countsImportedLogs = counts;
  }

  public boolean countsImportedLogs() {
    return countsImportedLogs;
  }

  public boolean isActive() {
    return active;
  }
}
