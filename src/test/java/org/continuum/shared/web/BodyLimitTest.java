package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyLimitTest {

  @Test
  void eachDoorTakesWhatItNeeds() {
    assertThat(BodyLimit.limitOf("/api/v1/auth/token")).isEqualTo(8 * 1024);
    assertThat(BodyLimit.limitOf("/login.xhtml")).isEqualTo(8 * 1024);
    assertThat(BodyLimit.limitOf("/api/v1/programs/4/procedure-log-imports"))
        .isEqualTo(20 * 1024 * 1024);
    assertThat(BodyLimit.limitOf("/api/v1/programs/4/modules")).isEqualTo(1024 * 1024);
    assertThat(BodyLimit.limitOf("/api/v1/procedure-logs")).isEqualTo(1024 * 1024);
  }
}
