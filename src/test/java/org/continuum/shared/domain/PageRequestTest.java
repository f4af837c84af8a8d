package org.continuum.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void theOffsetIsBoundedBothWaysAndTheRefusalNamesIt() {
    assertThat(PageRequest.of(PageRequest.MAX_OFFSET, 50).offset()).isEqualTo(100_000);
    for (int offset : new int[] {-1, PageRequest.MAX_OFFSET + 1, Integer.MAX_VALUE}) {
      assertThatThrownBy(() -> PageRequest.of(offset, 50))
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e -> {
                assertThat(e.errors().get(0).field()).isEqualTo("offset");
                assertThat(e.getMessage()).contains("between 0 and 100000");
              });
    }
    assertThatThrownBy(() -> PageRequest.of(0, PageRequest.MAX_LIMIT + 1))
        .hasMessageContaining("Page size");
  }
}
