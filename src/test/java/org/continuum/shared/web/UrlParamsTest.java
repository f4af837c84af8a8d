package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class UrlParamsTest {

  @Test
  void anIdIsAPositiveWholeNumberOrNothing() {
    assertThat(UrlParams.id("42")).isEqualTo(42L);
    assertThat(UrlParams.id("abc")).isNull();
    assertThat(UrlParams.id("-3")).isNull();
    assertThat(UrlParams.id("0")).isNull();
    assertThat(UrlParams.id("99999999999999999999")).isNull();
    assertThat(UrlParams.id(null)).isNull();
  }

  @Test
  void aConstantIsNamedInAnyCaseOrNothing() {
    assertThat(UrlParams.constant(DayOfWeek.class, "monday")).isEqualTo(DayOfWeek.MONDAY);
    assertThat(UrlParams.constant(DayOfWeek.class, "BOGUS")).isNull();
    assertThat(UrlParams.constant(DayOfWeek.class, null)).isNull();
  }
}
