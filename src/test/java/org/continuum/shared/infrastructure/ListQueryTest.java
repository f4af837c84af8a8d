package org.continuum.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListQueryTest {

  @Test
  void wildcardsTypedByUsersMatchLiterally() {
    assertThat(ListQuery.containsPattern("50%_A!")).isEqualTo("%50!%!_a!!%");
  }
}
