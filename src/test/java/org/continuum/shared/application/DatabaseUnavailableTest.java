package org.continuum.shared.application;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aConnectionFailureAnywhereInTheChainIsTheDatabaseBeingAway() {
    assertThat(
            DatabaseUnavailable.isCause(
                new RuntimeException(
                    "wrapped",
                    new SQLNonTransientConnectionException("Communications link failure"))))
        .isTrue();
    assertThat(DatabaseUnavailable.isCause(new SQLException("Connection refused", "08S01")))
        .isTrue();
    assertThat(
            DatabaseUnavailable.isCause(
                new IllegalStateException(
                    new ResourceException("IJ000453: Unable to get managed connection"))))
        .isTrue();
    assertThat(
            DatabaseUnavailable.isCause(
                new SQLException(
                    "IJ000655: No managed connections available within configured blocking timeout")))
        .isTrue();
  }

  @Test
  void otherFailuresAreNot() {
    assertThat(DatabaseUnavailable.isCause(new SQLException("Duplicate entry", "23000"))).isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    assertThat(DatabaseUnavailable.isCause(new NumberFormatException("For input: IJ000655")))
        .as("a pool code in someone's input is not the pool")
        .isFalse();
  }
}
