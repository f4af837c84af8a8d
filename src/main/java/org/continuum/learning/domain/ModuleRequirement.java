package org.continuum.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * A module a program requires its trainees to pass: by the end of a year of training, during a
 * rotation (by the end of the trainee's first block of it), or, naming neither, by graduation.
 */
@Entity
@Table(name = "module_requirement")
public class ModuleRequirement extends BaseEntity {

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "module_code", nullable = false, updatable = false, length = 60)
  private String moduleCode;

  @Column(name = "by_pgy")
  private Integer byPgy;

  @Column(name = "rotation_id")
  private Long rotationId;

  protected ModuleRequirement() {}

  public static ModuleRequirement of(
      long programId, String moduleCode, Integer byPgy, Long rotationId) {
    ModuleRequirement r = new ModuleRequirement();
    r.programId = programId;
    r.moduleCode = moduleCode;
    r.when(byPgy, rotationId);
    return r;
  }

  public void when(Integer byPgy, Long rotationId) {
    Violations problems = new Violations();
    if (byPgy != null && (byPgy < 1 || byPgy > 8)) {
      problems.add("byPgy", Wording.of("moduleRequirement.pgy18"));
    }
    if (byPgy != null && rotationId != null) {
      problems.add("rotationId", Wording.of("moduleRequirement.requireModulePgyDuring"));
    }
    problems.throwIfAny();
    this.byPgy = byPgy;
    this.rotationId = rotationId;
  }

  /**
   * When a trainee must have passed it: the end of the academic year in which they are in PGY
   * {@code byPgy}, the end of their first block of the rotation (null while none is scheduled), or
   * graduation.
   */
  public LocalDate dueFor(
      Integer currentPgy, AcademicYear currentYear, LocalDate graduation, LocalDate rotationEnd) {
    if (rotationId != null) {
      return rotationEnd;
    }
    if (byPgy != null && currentPgy != null) {
      return new AcademicYear(currentYear.startYear() + byPgy - currentPgy).end();
    }
    return graduation;
  }

  public long getProgramId() {
    return programId;
  }

  public String getModuleCode() {
    return moduleCode;
  }

  public Integer getByPgy() {
    return byPgy;
  }

  public Long getRotationId() {
    return rotationId;
  }
}
