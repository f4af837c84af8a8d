package org.continuum.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void aCountReadsAsWritten() {
    assertThat(Words.count(1, "attempt")).isEqualTo("1 attempt");
    assertThat(Words.count(0, "attempt")).isEqualTo("0 attempts");
    assertThat(Words.count(3, "entry")).isEqualTo("3 entries");
    assertThat(Words.count(2, "day")).isEqualTo("2 days");
    assertThat(Words.count(2, "pass")).isEqualTo("2 passes");
    assertThat(Words.noun(2, "column")).isEqualTo("columns");
    assertThat(Words.noun(1, "column")).isEqualTo("column");
  }
}
