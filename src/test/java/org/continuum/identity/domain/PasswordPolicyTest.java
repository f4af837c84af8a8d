package org.continuum.identity.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.continuum.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private final PasswordPolicy policy =
      new PasswordPolicy(p -> Set.of("password123", "qwertyuiop").contains(p));

  @Test
  void sevenCharactersAreTooShort() {
    assertThatThrownBy(() -> policy.check("password", "abcdefg", "user"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Password must be at least 8 characters long.");
  }

  @Test
  void lengthCountsCharactersNotBytes() {
    // eight characters outside the Basic Multilingual Plane are sixteen chars in Java
    assertThatCode(() -> policy.check("password", "😀😀😀😀😀😀😀😀", "user"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check("password", "😀😀😀😀😀😀😀", "user"))
        .hasMessageContaining("at least 8");
  }

  @Test
  void sixtyFourAndMoreCharactersAreAllowedUpTo128() {
    assertThatCode(() -> policy.check("password", "x".repeat(64), "user"))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check("password", "y".repeat(128), "user"))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> policy.check("password", "z".repeat(129), "user"))
        .hasMessage("Password must be at most 128 characters long.");
  }

  @Test
  void noCompositionRules() {
    assertThatCode(() -> policy.check("password", "correct horse battery staple", "user"))
        .doesNotThrowAnyException();
    assertThatCode(() -> policy.check("password", "alllowercaseletters", "user"))
        .doesNotThrowAnyException();
  }

  @Test
  void commonPasswordsAreRefusedWhateverTheCase() {
    assertThatThrownBy(() -> policy.check("password", "Password123", "user"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("commonly used");
  }

  @Test
  void theUsernameIsNotAPassword() {
    assertThatThrownBy(() -> policy.check("password", "res.chen2026", "res.chen2026"))
        .hasMessage("Password must not be the same as the username.");
  }

  @Test
  void theFieldIsNamed() {
    assertThatThrownBy(() -> policy.check("newPassword", "short", "user"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                org.assertj.core.api.Assertions.assertThat(e.errors().get(0).field())
                    .isEqualTo("newPassword"));
  }
}
