package org.continuum.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.RotationForm;
import org.continuum.program.application.RotationView;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.continuum.testsupport.Person;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Rotations, the block schedule and who teaches whom, through the service and the database. */
@ExtendWith(ArquillianExtension.class)
class CurriculumIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(CurriculumIT.class);
  }

  @Inject Curriculum curriculum;
  @Inject Fixtures fixtures;

  private static final LocalDate JULY_1 = LocalDate.of(2025, 7, 1);
  private static final LocalDate JULY_31 = LocalDate.of(2025, 7, 31);

  @Test
  void objectivesMapOnlyToTheProgramsSubcompetencies() {
    long program = fixtures.residency();
    assertThatThrownBy(() -> fixtures.rotation(program, "EDX", "PC5"))
        .hasMessageContaining("Choose the program's competency framework");
    fixtures.useFramework(program, "PMR");
    assertThatThrownBy(() -> fixtures.rotation(program, "EDX", "PC5", "ZZ9"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("objectives");
              assertThat(e.getMessage()).contains("names ZZ9");
            });
    long edx = fixtures.rotation(program, "EDX", "PC5", "MK2");
    RotationView saved =
        SystemContext.call(() -> curriculum.rotations(program)).stream()
            .filter(r -> r.id() == edx)
            .findFirst()
            .orElseThrow();
    assertThat(saved.objectives().get(0).subcompetencies()).containsExactly("MK2", "PC5");
  }

  @Test
  void rotationCodesAreUniqueInAProgram() {
    long program = fixtures.residency();
    fixtures.useFramework(program, "PMR");
    fixtures.rotation(program, "INPT", "PC2");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        curriculum.saveRotation(
                            program,
                            new RotationForm(
                                null, null, "inpt", "Another", "Site", 4, null, List.of(), true))))
        .hasMessage("Code INPT is already used by Rotation INPT.");
  }

  @Test
  void aTraineesBlocksNeverOverlapAndOnlyTraineesOfTheProgramAreScheduled() {
    long program = fixtures.residency();
    fixtures.useFramework(program, "PMR");
    long edx = fixtures.rotation(program, "EDX", "PC5");
    long msk = fixtures.rotation(program, "MSK", "PC7");
    Person resident = fixtures.trainee(program, 3);
    Person outsider = fixtures.trainee(fixtures.residency(), 3);
    fixtures.block(program, resident, edx, JULY_1, JULY_31);
    assertThatThrownBy(
            () ->
                fixtures.block(
                    program, resident, msk, LocalDate.of(2025, 7, 15), LocalDate.of(2025, 8, 15)))
        .hasMessageContaining("The trainee is on Rotation EDX from 2025-07-01 to 2025-07-31");
    assertThatThrownBy(() -> fixtures.block(program, outsider, msk, JULY_1, JULY_31))
        .hasMessage("Choose a trainee in training in the program.");
    fixtures.block(program, resident, msk, LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31));
    assertThat(
            SystemContext.call(
                () -> curriculum.schedule(program, JULY_1, LocalDate.of(2025, 12, 31))))
        .extracting(b -> b.rotationCode())
        .containsExactly("EDX", "MSK");
  }

  @Test
  void facultyTeachTheTraineesWhoseBlocksOverlapTheirTimeOnTheRotation() {
    long program = fixtures.residency();
    fixtures.useFramework(program, "PMR");
    long edx = fixtures.rotation(program, "EDX", "PC5");
    long msk = fixtures.rotation(program, "MSK", "PC7");
    Person onEdx = fixtures.trainee(program, 3);
    Person onMsk = fixtures.trainee(program, 3);
    Person teacher = fixtures.faculty(program);
    Person notAppointed = fixtures.person("visitor");
    fixtures.block(program, onEdx, edx, JULY_1, JULY_31);
    fixtures.block(program, onMsk, msk, JULY_1, JULY_31);
    fixtures.teacher(program, edx, teacher, LocalDate.of(2020, 7, 1));

    assertThat(curriculum.teaches(teacher.id(), onEdx.id())).isTrue();
    assertThat(curriculum.teaches(teacher.id(), onMsk.id())).isFalse();
    assertThatThrownBy(() -> fixtures.teacher(program, edx, notAppointed, JULY_1))
        .hasMessage("Choose a faculty member appointed in the program.");
    assertThatThrownBy(() -> fixtures.teacher(program, edx, teacher, JULY_1))
        .hasMessageContaining("already teach");

    Person lateTeacher = fixtures.faculty(program);
    fixtures.teacher(program, msk, lateTeacher, LocalDate.of(2025, 8, 1));
    assertThat(curriculum.teaches(lateTeacher.id(), onMsk.id()))
        .as("started after the block ended")
        .isFalse();
  }
}
