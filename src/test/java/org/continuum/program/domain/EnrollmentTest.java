package org.continuum.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

  private static final Program PMR =
      new Program("pmr", "PM&R Residency", ProgramKind.RESIDENCY, "PM&R", 4);

  private static Enrollment residentFrom2026() {
    return new Enrollment(PMR, 7L, LocalDate.of(2026, 7, 1), LocalDate.of(2029, 6, 30), 2);
  }

  @Test
  void programCodeIsUpperCased() {
    assertThat(PMR.getCode()).isEqualTo("PMR");
  }

  @Test
  void pgyGoesUpByOneEachAcademicYearUntilGraduation() {
    Enrollment e = residentFrom2026();
    assertThat(e.pgyIn(new AcademicYear(2026))).hasValue(2);
    assertThat(e.pgyIn(new AcademicYear(2027))).hasValue(3);
    assertThat(e.pgyIn(new AcademicYear(2028))).hasValue(4);
    assertThat(e.pgyIn(new AcademicYear(2029))).isEmpty();
    assertThat(e.pgyIn(new AcademicYear(2025))).isEmpty();
  }

  @Test
  void aRepeatedYearIsSetByHand() {
    Enrollment e = residentFrom2026();
    e.setPgy(new AcademicYear(2027), 2);
    assertThat(e.pgyIn(new AcademicYear(2027))).hasValue(2);
  }

  @Test
  void pgyOutsideTheTrainingPeriodIsRefused() {
    Enrollment e = residentFrom2026();
    assertThatThrownBy(() -> e.setPgy(new AcademicYear(2030), 5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outside this trainee's training period");
    assertThatThrownBy(() -> e.setPgy(new AcademicYear(2027), 0))
        .hasMessage("PGY level must be between 1 and 10.");
  }

  @Test
  void anExtensionContinuesTheProgression() {
    Enrollment e = residentFrom2026();
    e.reschedule(LocalDate.of(2026, 7, 1), LocalDate.of(2030, 6, 30));
    assertThat(e.pgyIn(new AcademicYear(2029))).hasValue(5);
  }

  @Test
  void graduationMustFollowTheStart() {
    assertThatThrownBy(
            () -> new Enrollment(PMR, 7L, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30), 2))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            ex -> assertThat(ex.errors().get(0).field()).isEqualTo("expectedGraduation"));
  }

  @Test
  void anEndedEnrollmentCannotEndAgain() {
    Enrollment e = residentFrom2026();
    e.complete(LocalDate.of(2029, 6, 30));
    assertThat(e.getStatus()).isEqualTo(EnrollmentStatus.COMPLETED);
    assertThatThrownBy(() -> e.withdraw(LocalDate.of(2029, 7, 1)))
        .isInstanceOf(RuleViolationException.class);
  }

  @Test
  void inactiveProgramsTakeNoTrainees() {
    Program closed = new Program("OLD", "Closed program", ProgramKind.FELLOWSHIP, "Pain", 1);
    closed.deactivate();
    assertThatThrownBy(
            () ->
                new Enrollment(closed, 1L, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 6, 30), 5))
        .isInstanceOf(RuleViolationException.class);
  }
}
