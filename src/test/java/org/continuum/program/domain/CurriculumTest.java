package org.continuum.program.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.junit.jupiter.api.Test;

class CurriculumTest {

  private static Rotation edx() {
    Rotation r = new Rotation(3);
    r.describe(
        "edx",
        "Electrodiagnosis",
        "Main hospital",
        4,
        null,
        List.of(new RotationObjective("Perform NCS and EMG", List.of("PC5", "MK2"))));
    return r;
  }

  @Test
  void aRotationNamesEveryBrokenRuleAtOnce() {
    Rotation r = new Rotation(3);
    assertThatThrownBy(() -> r.describe("bad code!", "", "", 0, null, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("code", "name", "site", "lengthWeeks"));
    Rotation ok = edx();
    assertThat(ok.getCode()).isEqualTo("EDX");
    assertThat(ok.getObjectives().get(0).getSubcompetencyCodes()).containsExactly("PC5", "MK2");
  }

  @Test
  void aBlockEndsOnOrAfterItsStartAndLastsAtMostAYear() {
    Rotation r = edx();
    assertThatThrownBy(
            () -> new RotationAssignment(r, 5, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 7, 31)))
        .hasMessage("End date must not be before the start date.");
    assertThatThrownBy(
            () -> new RotationAssignment(r, 5, LocalDate.of(2026, 8, 1), LocalDate.of(2027, 8, 2)))
        .hasMessage("A block lasts at most a year.");
    RotationAssignment july =
        new RotationAssignment(r, 5, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31));
    assertThat(july.getProgramId()).isEqualTo(3);
    assertThat(july.overlaps(LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 31))).isTrue();
    assertThat(july.overlaps(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31))).isFalse();
  }

  @Test
  void aTeacherTeachesFromTheStartUntilTheyStop() {
    RotationTeacher t = new RotationTeacher(edx(), 9, LocalDate.of(2026, 1, 1));
    assertThat(t.teachesDuring(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31))).isFalse();
    assertThat(t.teachesDuring(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 31))).isTrue();
    t.end(LocalDate.of(2026, 6, 30));
    assertThat(t.teachesDuring(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31))).isFalse();
    assertThatThrownBy(() -> t.end(LocalDate.of(2026, 7, 1)))
        .hasMessage("This teacher has already stopped on the rotation.");
  }
}
