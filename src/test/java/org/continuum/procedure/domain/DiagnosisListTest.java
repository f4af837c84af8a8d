package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.procedure.domain.DiagnosisList.Diagnosis;
import org.junit.jupiter.api.Test;

/** The bundled diagnosis list, and how the logging form searches it. */
class DiagnosisListTest {

  private static final DiagnosisList LIST = SeedCatalog.DIAGNOSES;

  @Test
  void theBundledListHoldsWellFormedCodesEachOnce() {
    assertThat(LIST.size()).isGreaterThan(100);
    for (String code :
        SeedCatalog.text("coding/diagnoses.json")
            .lines()
            .filter(l -> l.contains("\"code\""))
            .map(l -> l.replaceAll(".*\"code\": \"([^\"]+)\".*", "$1"))
            .toList()) {
      assertThat(ProcedureDetails.normalDiagnosis(code))
          .as("normal form of " + code)
          .isEqualTo(code);
      assertThat(LIST.find(code)).isPresent();
    }
  }

  @Test
  void aSearchFindsCodesByTheirStartWithOrWithoutTheDotThenTitlesByEveryWord() {
    assertThat(LIST.search("m54.1", 20)).extracting(Diagnosis::code).startsWith("M54.12");
    assertThat(LIST.search("M5416", 5)).extracting(Diagnosis::code).containsExactly("M54.16");
    assertThat(LIST.search("lumbar radiculopathy", 10))
        .extracting(Diagnosis::code)
        .contains("M54.16")
        .doesNotContain("M54.12");
    assertThat(LIST.search("carpal tunnel left", 10))
        .extracting(Diagnosis::code)
        .containsExactly("G56.02");
    assertThat(LIST.search("  ", 10)).isEmpty();
    assertThat(LIST.search("pain", 3)).hasSize(3);
  }
}
