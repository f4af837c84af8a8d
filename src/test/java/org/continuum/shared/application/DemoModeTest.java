package org.continuum.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DemoModeTest {

  @Test
  void onlyAnExplicitTrueAsksForTheDemo() {
    assertThat(mode("true").isOn()).isTrue();
    assertThat(mode(" TRUE ").isOn()).isTrue();
    assertThat(mode("auto").isOn()).as("the old default no longer asks").isFalse();
    assertThat(mode("false").isOn()).isFalse();
    assertThat(mode("").isOn()).isFalse();
    assertThat(mode("yes").isOn()).isFalse();
  }

  private static DemoMode mode(String setting) {
    DemoMode mode = new DemoMode();
    mode.setting = setting;
    return mode;
  }
}
