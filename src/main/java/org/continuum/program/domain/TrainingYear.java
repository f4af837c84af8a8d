package org.continuum.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.continuum.shared.domain.AcademicYear;

/** The post-graduate year (PGY) a trainee is in during one academic year. */
@Embeddable
public class TrainingYear {

  @Column(name = "academic_year", nullable = false)
  private int academicYear;

  @Column(name = "pgy", nullable = false)
  private int pgy;

  protected TrainingYear() {}

  TrainingYear(AcademicYear year, int pgy) {
    this.academicYear = year.startYear();
    this.pgy = pgy;
  }

  public AcademicYear academicYear() {
    return new AcademicYear(academicYear);
  }

  public int pgy() {
    return pgy;
  }

  void changePgy(int newPgy) {
    this.pgy = newPgy;
  }
}
