package org.continuum.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.continuum.shared.domain.TryLaterException;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

  private static SignInThrottle throttle(int perAddress, int perName, int hashes, Duration wait) {
    SignInThrottle t = new SignInThrottle();
    t.failuresPerAddress = perAddress;
    t.failuresPerUsername = perName;
    t.window = Duration.ofMinutes(15);
    t.concurrentHashes = hashes;
    t.hashWait = wait;
    t.start();
    return t;
  }

  private static boolean fail(SignInThrottle t, String address, String name) {
    return t.attempt(address, name, () -> false, ok -> !ok);
  }

  @Test
  void failuresForOneNameAreLimitedWhateverTheAddressAndWhetherTheNameExists() {
    SignInThrottle t = throttle(100, 3, 2, Duration.ofSeconds(1));
    for (int i = 0; i < 3; i++) {
      fail(t, "10.0.0." + i, "No.Such.User");
    }
    assertThatThrownBy(() -> fail(t, "10.0.0.9", "no.such.user"))
        .isInstanceOfSatisfying(
            TryLaterException.class,
            e -> {
              assertThat(e.isBusy()).isFalse();
              assertThat(e.retryAfterSeconds()).isBetween(1L, 15 * 60L);
              assertThat(e.userMessage()).startsWith("Too many failed sign-in attempts");
            });
    assertThat(fail(t, "10.0.0.9", "someone.else")).isFalse();
  }

  @Test
  void failuresFromOneAddressAreLimitedAcrossNamesAndSuccessesDoNotCount() {
    SignInThrottle t = throttle(3, 100, 2, Duration.ofSeconds(1));
    for (int i = 0; i < 10; i++) {
      assertThat(t.attempt("10.1.1.1", "user" + i, () -> true, ok -> !ok)).isTrue();
    }
    for (int i = 0; i < 3; i++) {
      fail(t, "10.1.1.1", "guess" + i);
    }
    assertThatThrownBy(() -> fail(t, "10.1.1.1", "another")).isInstanceOf(TryLaterException.class);
    assertThat(fail(t, "10.1.1.2", "another")).as("another address").isFalse();
  }

  @Test
  void aParallelBurstGetsNoMoreAttemptsThanTheLimit() throws Exception {
    SignInThrottle t = throttle(10, 1000, 64, Duration.ofSeconds(5));
    ExecutorService pool = Executors.newFixedThreadPool(50);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> attempts = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        String name = "name" + i;
        attempts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    return t.attempt(
                        "10.2.2.2",
                        name,
                        () -> {
                          try {
                            Thread.sleep(20); // a password check takes a while
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return false;
                        },
                        ok -> !ok);
                  } catch (TryLaterException refused) {
                    return true;
                  }
                }));
      }
      start.countDown();
      int refused = 0;
      for (Future<Boolean> f : attempts) {
        refused += f.get(10, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(50 - refused).as("attempts that were checked").isEqualTo(10);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void onlySoManyHashesRunAtOnceAndTheRestAreToldTheServerIsBusy() throws Exception {
    SignInThrottle t = throttle(1000, 1000, 2, Duration.ofMillis(200));
    CountDownLatch running = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      List<Future<Boolean>> slow = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        slow.add(
            pool.submit(
                () ->
                    t.withHashSlot(
                        () -> {
                          running.countDown();
                          try {
                            release.await(5, TimeUnit.SECONDS);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return true;
                        })));
      }
      assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> t.withHashSlot(() -> true))
          .isInstanceOfSatisfying(TryLaterException.class, e -> assertThat(e.isBusy()).isTrue());
      release.countDown();
      for (Future<Boolean> f : slow) {
        assertThat(f.get(5, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(t.withHashSlot(() -> true)).as("slots are given back").isTrue();
    } finally {
      pool.shutdownNow();
    }
  }
}
