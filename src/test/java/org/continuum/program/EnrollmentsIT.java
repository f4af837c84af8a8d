package org.continuum.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.continuum.program.application.EnrollTrainee;
import org.continuum.program.application.Enrollments;
import org.continuum.program.domain.RosterRow;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.AcademicYear;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Enrolling trainees and reading the roster, through the service and the database. */
@ExtendWith(ArquillianExtension.class)
class EnrollmentsIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(EnrollmentsIT.class);
  }

  @Inject Enrollments enrollments;
  @Inject Fixtures fixtures;

  @Test
  void enrollingGivesTheTraineeRoleAndAPgyPerYear() {
    long program = fixtures.residency();
    Person trainee = fixtures.person("new");
    AcademicYear now = enrollments.currentAcademicYear();
    SystemContext.run(
        () ->
            enrollments.enroll(
                program, new EnrollTrainee(trainee.id(), now.start(), now.next().next().end(), 2)));
    Page<RosterRow> roster =
        SystemContext.call(() -> enrollments.roster(program, now.next(), PageRequest.of(0, 10)));
    assertThat(roster.items()).singleElement().satisfies(r -> assertThat(r.pgy()).isEqualTo(3));
  }

  @Test
  void thePersonCannotBeEnrolledTwice() {
    long program = fixtures.residency();
    Person trainee = fixtures.trainee(program, 2);
    AcademicYear now = enrollments.currentAcademicYear();
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        enrollments.enroll(
                            program, new EnrollTrainee(trainee.id(), now.start(), now.end(), 2))))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("already in training");
  }

  @Test
  void missingInputIsNamed() {
    long program = fixtures.residency();
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () -> enrollments.enroll(program, new EnrollTrainee(null, null, null, null))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("traineeId"));
  }

  @Test
  void aStaleEditIsRefusedWithWhoChangedItAndWhen() {
    long program = fixtures.residency();
    fixtures.trainee(program, 2);
    AcademicYear now = enrollments.currentAcademicYear();
    RosterRow row =
        SystemContext.call(() -> enrollments.roster(program, now, PageRequest.of(0, 1)))
            .items()
            .get(0);
    SystemContext.run(() -> enrollments.setPgy(row.enrollmentId(), row.version(), now, 3));
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () -> enrollments.setPgy(row.enrollmentId(), row.version(), now, 4)))
        .isInstanceOfSatisfying(
            ConcurrentEditException.class,
            e -> {
              assertThat(e.changedBy()).isEqualTo("system");
              assertThat(e.changedAt()).isNotNull();
              assertThat(e.getMessage()).contains("Reload");
            });
  }

  @Test
  void theRosterPagesSortsAndFiltersInTheDatabase() {
    long program = fixtures.residency();
    for (int pgy = 2; pgy <= 4; pgy++) {
      fixtures.trainee(program, pgy);
      fixtures.trainee(program, pgy);
    }
    AcademicYear now = enrollments.currentAcademicYear();
    Page<RosterRow> firstTwo =
        SystemContext.call(
            () -> enrollments.roster(program, now, PageRequest.of(0, 2).sortedBy("pgy", false)));
    assertThat(firstTwo.total()).isEqualTo(6);
    assertThat(firstTwo.items()).extracting(RosterRow::pgy).containsExactly(4, 4);
    Page<RosterRow> pgy3 =
        SystemContext.call(
            () ->
                enrollments.roster(
                    program, now, PageRequest.of(0, 10).filteredBy(Map.of("pgy", "3"))));
    assertThat(pgy3.items()).hasSize(2).allSatisfy(r -> assertThat(r.pgy()).isEqualTo(3));
  }

  @Test
  void aCallerWhoIsNotSignedInIsRefused() {
    long program = fixtures.residency();
    assertThatThrownBy(
            () ->
                enrollments.roster(
                    program, enrollments.currentAcademicYear(), PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void datesAreValidatedWithTheFieldNamed() {
    long program = fixtures.residency();
    Person trainee = fixtures.person("dates");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        enrollments.enroll(
                            program,
                            new EnrollTrainee(
                                trainee.id(),
                                LocalDate.of(2026, 7, 1),
                                LocalDate.of(2026, 6, 1),
                                2))))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.errors().get(0).field()).isEqualTo("expectedGraduation"));
  }
}
