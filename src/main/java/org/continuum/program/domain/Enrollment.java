package org.continuum.program.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * A trainee's place in a program: when they started, when they are expected to graduate, and their
 * PGY level in each academic year of training (one year may be repeated or skipped, so the levels
 * are kept per year rather than computed).
 */
@Entity
@Table(name = "enrollment")
public class Enrollment extends BaseEntity {

  public static final int MAX_PGY = 10;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "program_id", nullable = false, updatable = false)
  private Program program;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private Long traineeId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "expected_graduation", nullable = false)
  private LocalDate expectedGraduation;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 16)
  private EnrollmentStatus status;

  @Column(name = "end_date")
  private LocalDate endDate;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "training_year", joinColumns = @JoinColumn(name = "enrollment_id"))
  @OrderBy("academicYear")
  private List<TrainingYear> years = new ArrayList<>();

  protected Enrollment() {}

  /**
   * Enrols a trainee; the PGY levels of the following academic years up to the expected graduation
   * go up by one a year, and can be changed one by one afterwards.
   */
  public Enrollment(
      Program program,
      long traineeId,
      LocalDate startDate,
      LocalDate expectedGraduation,
      int pgyAtStart) {
    this.program = Check.required("program", Wording.of("label.program"), program);
    if (!program.isActive()) {
      throw new RuleViolationException(Wording.of("enrollment.programInactiveTraineesCannot"));
    }
    this.traineeId = traineeId;
    this.status = EnrollmentStatus.ACTIVE;
    Check.range("pgy", Wording.of("label.pgyLevelStart"), pgyAtStart, 1, MAX_PGY);
    reschedule(startDate, expectedGraduation);
    AcademicYear year = AcademicYear.containing(this.startDate);
    int pgy = pgyAtStart;
    AcademicYear last = AcademicYear.containing(this.expectedGraduation);
    while (year.compareTo(last) <= 0) {
      years.add(new TrainingYear(year, Math.min(pgy, MAX_PGY)));
      year = year.next();
      pgy++;
    }
  }

  /** Changes the dates; academic years added by an extension continue the PGY progression. */
  public void reschedule(LocalDate newStart, LocalDate newExpectedGraduation) {
    Violations missing = new Violations();
    missing.collect(() -> Check.required("startDate", Wording.of("label.startDate"), newStart));
    missing.collect(
        () ->
            Check.required(
                "expectedGraduation",
                Wording.of("label.expectedGraduation"),
                newExpectedGraduation));
    missing.throwIfAny();
    if (!newExpectedGraduation.isAfter(newStart)) {
      throw new InvalidInputException(
          "expectedGraduation", Wording.of("enrollment.expectedGraduationAfterStart"));
    }
    if (newExpectedGraduation.isAfter(newStart.plusYears(program.getLengthYears() + 3L))) {
      throw new InvalidInputException(
          "expectedGraduation",
          Wording.of("enrollment.expectedGraduationWithinYears", (program.getLengthYears() + 3)));
    }
    this.startDate = newStart;
    this.expectedGraduation = newExpectedGraduation;
    if (!years.isEmpty()) {
      TrainingYear latest = years.get(years.size() - 1);
      AcademicYear year = latest.academicYear().next();
      int pgy = latest.pgy() + 1;
      AcademicYear last = AcademicYear.containing(newExpectedGraduation);
      while (year.compareTo(last) <= 0) {
        years.add(new TrainingYear(year, Math.min(pgy, MAX_PGY)));
        year = year.next();
        pgy++;
      }
    }
  }

  /** Sets the PGY level for one academic year of the training period. */
  public void setPgy(AcademicYear year, int pgy) {
    Check.range("pgy", Wording.of("label.pgyLevel"), pgy, 1, MAX_PGY);
    if (year.compareTo(AcademicYear.containing(startDate)) < 0
        || year.compareTo(AcademicYear.containing(expectedGraduation)) > 0) {
      throw new InvalidInputException(
          "academicYear", Wording.of("enrollment.academicYearOutsideTrainees", year.label()));
    }
    Optional<TrainingYear> existing = find(year);
    if (existing.isPresent()) {
      existing.get().changePgy(pgy);
    } else {
      years.add(new TrainingYear(year, pgy));
      years.sort(Comparator.comparingInt(y -> y.academicYear().startYear()));
    }
  }

  public OptionalInt pgyIn(AcademicYear year) {
    return find(year).map(y -> OptionalInt.of(y.pgy())).orElse(OptionalInt.empty());
  }

  public void complete(LocalDate on) {
    end(EnrollmentStatus.COMPLETED, on);
  }

  public void withdraw(LocalDate on) {
    end(EnrollmentStatus.WITHDRAWN, on);
  }

  private void end(EnrollmentStatus newStatus, LocalDate on) {
    Check.required("endDate", Wording.of("label.endDate"), on);
    if (status != EnrollmentStatus.ACTIVE) {
      throw new RuleViolationException(Wording.of("enrollment.enrollmentHasAlreadyEnded"));
    }
    if (on.isBefore(startDate)) {
      throw new InvalidInputException("endDate", Wording.of("enrollment.endDateBeforeStart"));
    }
    this.status = newStatus;
    this.endDate = on;
  }

  private Optional<TrainingYear> find(AcademicYear year) {
    return years.stream().filter(y -> y.academicYear().equals(year)).findFirst();
  }

  public Program getProgram() {
    return program;
  }

  public Long getTraineeId() {
    return traineeId;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getExpectedGraduation() {
    return expectedGraduation;
  }

  public EnrollmentStatus getStatus() {
    return status;
  }

  public LocalDate getEndDate() {
    return endDate;
  }

  public List<TrainingYear> getYears() {
    return Collections.unmodifiableList(years);
  }
}
