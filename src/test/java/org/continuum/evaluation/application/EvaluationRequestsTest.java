package org.continuum.evaluation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.program.domain.EndedBlock;
import org.junit.jupiter.api.Test;

class EvaluationRequestsTest {

  private static EndedBlock block(List<Long> teachers) {
    return new EndedBlock(
        41, 3, 11, 31, "EDX", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30), teachers);
  }

  @Test
  void aBlockCallsForOneEvaluationPerTeacherASelfAssessmentAndAnAnonymousOnePerTeacher() {
    List<EvaluationRequests.Planned> planned = EvaluationRequests.plan(block(List.of(7L, 8L)));
    assertThat(planned)
        .extracting(EvaluationRequests.Planned::key)
        .containsExactly("B41:F:7", "B41:F:8", "B41:S", "B41:R:7", "B41:R:8")
        .doesNotHaveDuplicates();
    assertThat(planned.get(0).kind()).isEqualTo(EvaluationKind.FACULTY_OF_TRAINEE);
    assertThat(planned.get(3).aboutFacultyId()).isEqualTo(7L);
    assertThat(planned.get(3).evaluatorId()).as("the trainee writes it").isEqualTo(11L);
  }

  @Test
  void withoutTeachersTheTraineeStillEvaluatesTheRotation() {
    assertThat(EvaluationRequests.plan(block(List.of())))
        .extracting(EvaluationRequests.Planned::key)
        .containsExactly("B41:S", "B41:R");
  }
}
