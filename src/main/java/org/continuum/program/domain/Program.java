package org.continuum.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;

/** A residency or fellowship program: the unit in which people hold roles and standards apply. */
@Entity
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

  protected Program() {}

  public Program(String code, String name, ProgramKind kind, String specialty, int lengthYears) {
    String upper = Check.required("code", "Code", code).toUpperCase(Locale.ROOT);
    this.code =
        Check.matches(
            "code",
            "Code",
            upper,
            CODE,
            "must be 2 to 20 characters: capital letters, digits or hyphens.");
    this.kind = Check.required("kind", "Kind", kind);
    describe(name, specialty, lengthYears);
    this.active = true;
  }

  public void describe(String newName, String newSpecialty, int newLengthYears) {
    this.name = Check.text("name", "Name", newName, 3, 160);
    this.specialty = Check.text("specialty", "Specialty", newSpecialty, 2, 120);
    this.lengthYears = Check.range("lengthYears", "Length in years", newLengthYears, 1, 7);
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

  public boolean isActive() {
    return active;
  }
}
