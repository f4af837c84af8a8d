package org.continuum.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInTargetTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://evil.example/",
        "//evil.example/x",
        "/\\evil.example",
        "javascript:alert(1)",
        "/login.xhtml?next=/x",
        "/program/roster.xhtml\r\nSet-Cookie: x=y"
      })
  void onlyLocalPathsAreFollowed(String next) {
    assertThat(SignInBean.safeTarget(next)).isEqualTo("/index.xhtml");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/program/roster.xhtml?program=3", "/admin/people.xhtml"})
  void localPathsAreFollowed(String next) {
    assertThat(SignInBean.safeTarget(next)).isEqualTo(next);
  }
}
