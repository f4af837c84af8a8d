package org.continuum.shared.domain;

/**
 * A request refused for now, not for good: too many attempts (429) or a server too busy to take it
 * at once (503). Says when to try again.
 */
public class TryLaterException extends DomainException {

  private static final long serialVersionUID = 1L;

  private final long retryAfterSeconds;
  private final boolean busy;

  private TryLaterException(String userMessage, long retryAfterSeconds, boolean busy) {
    super(userMessage);
    this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    this.busy = busy;
  }

  /** Too many failed attempts from this address or for this name. */
  public static TryLaterException tooManyAttempts(long retryAfterSeconds) {
    long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
    return new TryLaterException(
        Wording.of(
            "tryLaterException.tooManyFailedSign",
            minutes,
            (minutes == 1 ? " minute." : " minutes.")),
        retryAfterSeconds,
        false);
  }

  /** The server is checking as many passwords as it can at once. */
  public static TryLaterException busy() {
    return new TryLaterException(Wording.of("tryLaterException.serverBusySigningPeople"), 2, true);
  }

  /**
   * The database does not answer (stopped, restarting, unreachable) or every connection is busy.
   */
  public static TryLaterException databaseUnavailable() {
    return new TryLaterException(
        Wording.of("tryLaterException.continuumTemporarilyUnavailableIts"), 30, true);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** 503 (busy) rather than 429 (too many attempts). */
  public boolean isBusy() {
    return busy;
  }
}
