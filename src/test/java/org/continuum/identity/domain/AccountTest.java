package org.continuum.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.continuum.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final Instant T0 = Instant.parse("2026-11-26T12:00:00Z");
  private static final LockoutPolicy POLICY = new LockoutPolicy(5, Duration.ofMinutes(15));

  private static Account account() {
    return new Account("Res.Chen ", "Dr. Lily Chen", "lily@example.org", "hash", T0);
  }

  @Test
  void usernameIsNormalisedToLowerCaseWithoutBlanks() {
    assertThat(account().getUsername()).isEqualTo("res.chen");
  }

  @Test
  void nobodyMayTakeTheNameRecordsGiveToStartUpAndJobs() {
    assertThatThrownBy(() -> new Account(" System", "Sys Admin", "x@example.org", "hash", T0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage()).contains("\"system\" is reserved"));
  }

  @Test
  void usernameRuleIsNamedInTheMessage() {
    assertThatThrownBy(() -> new Account("a b", "Name", "x@example.org", "hash", T0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors()).singleElement().extracting("field").isEqualTo("username");
              assertThat(e.getMessage()).startsWith("Username must be 3 to 64 characters");
            });
  }

  @Test
  void everyInvalidFieldIsNamedAtOnce() {
    assertThatThrownBy(() -> new Account("x", "", "nope", "hash", T0))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::field)
                    .containsExactly("username", "displayName", "email"));
  }

  @Test
  void aRejectedProfileChangeChangesNothing() {
    Account account = account();
    assertThatThrownBy(() -> account.updateProfile("Dr. Lily Chen-Park", "not-an-address"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(account.getDisplayName()).isEqualTo("Dr. Lily Chen");
  }

  @Test
  void emailMustLookLikeAnAddress() {
    assertThatThrownBy(() -> new Account("res.x", "Name", "not-an-address", "hash", T0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("E-mail must be an address");
  }

  @Test
  void fifthFailureInARowLocksForTheConfiguredTime() {
    Account account = account();
    for (int i = 1; i <= 4; i++) {
      assertThat(account.recordFailedSignIn(T0.plusSeconds(i), POLICY)).isFalse();
      assertThat(account.isLocked(T0.plusSeconds(i))).isFalse();
    }
    assertThat(account.recordFailedSignIn(T0.plusSeconds(5), POLICY)).isTrue();
    assertThat(account.isLocked(T0.plusSeconds(5))).isTrue();
    assertThat(account.getLockedUntil()).isEqualTo(T0.plusSeconds(5).plus(Duration.ofMinutes(15)));
    assertThat(account.isLocked(T0.plusSeconds(5).plus(Duration.ofMinutes(15)))).isFalse();
  }

  @Test
  void successResetsTheCount() {
    Account account = account();
    for (int i = 0; i < 4; i++) {
      account.recordFailedSignIn(T0, POLICY);
    }
    account.recordSuccessfulSignIn(T0);
    assertThat(account.getFailedSignIns()).isZero();
    assertThat(account.recordFailedSignIn(T0, POLICY)).isFalse();
    assertThat(account.getLastSignInAt()).isEqualTo(T0);
  }

  @Test
  void afterALockRunsOutCountingStartsAfresh() {
    Account account = account();
    for (int i = 0; i < 5; i++) {
      account.recordFailedSignIn(T0, POLICY);
    }
    Instant later = T0.plus(Duration.ofMinutes(16));
    assertThat(account.recordFailedSignIn(later, POLICY)).isFalse();
    assertThat(account.getFailedSignIns()).isEqualTo(1);
    assertThat(account.isLocked(later)).isFalse();
  }

  @Test
  void unlockLiftsTheLock() {
    Account account = account();
    for (int i = 0; i < 5; i++) {
      account.recordFailedSignIn(T0, POLICY);
    }
    account.unlock();
    assertThat(account.isLocked(T0)).isFalse();
    assertThat(account.getFailedSignIns()).isZero();
  }
}
