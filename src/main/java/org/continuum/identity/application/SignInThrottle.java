package org.continuum.identity.application;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.continuum.shared.application.Causes;
import org.continuum.shared.application.DatabaseUnavailable;
import org.continuum.shared.domain.TryLaterException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps sign-in from being used to wear the server down or to guess passwords at scale. Failed
 * attempts are limited per client address and per username (token buckets, Bucket4j): past the
 * limit every attempt is refused with "try again in N minutes" before any password is checked,
 * whether or not the name exists. And only a few password hashes run at once (each costs about 0.2
 * s of a core; by default one fewer than the cores, so pages stay fast during a burst); an attempt
 * that cannot start one within a moment is refused as busy.
 *
 * <p>Buckets live in this server's memory; in a cluster they would move to a shared store through
 * Bucket4j's proxy managers (decision 48).
 */
@ApplicationScoped
public class SignInThrottle {

  /** Buckets are dropped once full again, checked every this many attempts. */
  private static final int SWEEP_EVERY = 1_000;

  private static final int MAX_TRACKED = 100_000;

  @Inject
  @ConfigProperty(name = "continuum.sign-in.failures-per-address", defaultValue = "30")
  int failuresPerAddress;

  @Inject
  @ConfigProperty(name = "continuum.sign-in.failures-per-username", defaultValue = "5")
  int failuresPerUsername;

  @Inject
  @ConfigProperty(name = "continuum.sign-in.failure-window", defaultValue = "PT15M")
  Duration window;

  @Inject
  @ConfigProperty(name = "continuum.sign-in.concurrent-hashes", defaultValue = "0")
  int concurrentHashes;

  @Inject
  @ConfigProperty(name = "continuum.sign-in.hash-wait", defaultValue = "PT0.2S")
  Duration hashWait;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicInteger calls = new AtomicInteger();
  private Semaphore hashes;

  @PostConstruct
  void start() {
    // by default one core stays free for everyone already signed in
    int permits =
        concurrentHashes > 0
            ? concurrentHashes
            : Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
    hashes = new Semaphore(permits, true);
  }

  /**
   * Runs a sign-in attempt under the limits.
   *
   * @param failed whether the attempt's result is a refusal (it then counts against both limits)
   * @throws TryLaterException before the attempt, when a limit is reached or no hash slot frees
   */
  public <T> T attempt(String address, String username, Supplier<T> signIn, Predicate<T> failed) {
    sweepNowAndThen();
    Bucket byAddress = bucket("a:" + (address == null ? "unknown" : address), failuresPerAddress);
    Bucket byName =
        bucket(
            "u:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT)),
            failuresPerUsername);
    // taken before the attempt and given back if it succeeds, so a burst of parallel attempts
    // cannot all pass the check before the first failure is counted
    ConsumptionProbe fromAddress = byAddress.tryConsumeAndReturnRemaining(1);
    if (!fromAddress.isConsumed()) {
      throw tooMany(fromAddress);
    }
    ConsumptionProbe forName = byName.tryConsumeAndReturnRemaining(1);
    if (!forName.isConsumed()) {
      byAddress.addTokens(1);
      throw tooMany(forName);
    }
    boolean failedAttempt = true;
    try {
      T result = withHashSlot(signIn);
      failedAttempt = failed.test(result);
      return result;
    } catch (RuntimeException notChecked) {
      // busy, or the database away: not an attempt at all, the password was never checked
      if (Causes.find(notChecked, TryLaterException.class) != null
          || DatabaseUnavailable.isCause(notChecked)) {
        failedAttempt = false;
      }
      throw notChecked;
    } finally {
      if (!failedAttempt) {
        byAddress.addTokens(1);
        byName.addTokens(1);
      }
    }
  }

  private static TryLaterException tooMany(ConsumptionProbe probe) {
    return TryLaterException.tooManyAttempts(
        TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
  }

  /** Runs a password check (a signature's, a password change's) within the hash slots. */
  public <T> T withHashSlot(Supplier<T> check) {
    boolean acquired;
    try {
      acquired = hashes.tryAcquire(hashWait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw TryLaterException.busy();
    }
    if (!acquired) {
      throw TryLaterException.busy();
    }
    try {
      return check.get();
    } finally {
      hashes.release();
    }
  }

  private Bucket bucket(String key, int capacity) {
    return buckets.computeIfAbsent(
        key,
        k ->
            Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .build());
  }

  /**
   * Forgets buckets that are full again, so the map holds only recent offenders; should even those
   * pass the bound (thousands of addresses at once), it starts afresh rather than sweep every call.
   */
  private void sweepNowAndThen() {
    if (calls.incrementAndGet() % SWEEP_EVERY != 0 && buckets.size() < MAX_TRACKED) {
      return;
    }
    buckets
        .entrySet()
        .removeIf(
            e ->
                e.getValue().getAvailableTokens()
                    >= (e.getKey().startsWith("a:") ? failuresPerAddress : failuresPerUsername));
    if (buckets.size() >= MAX_TRACKED) {
      buckets.clear();
    }
  }
}
