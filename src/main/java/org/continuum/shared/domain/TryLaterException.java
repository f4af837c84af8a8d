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
        "Too many failed sign-in attempts. Try again in "
            + minutes
            + (minutes == 1 ? " minute." : " minutes."),
        retryAfterSeconds,
        false);
  }

  /** The server is checking as many passwords as it can at once. */
  public static TryLaterException busy() {
    return new TryLaterException(
        "The server is busy signing people in. Try again in a moment.", 2, true);
  }

  /**
   * The database does not answer (stopped, restarting, unreachable) or every connection is busy.
   */
  public static TryLaterException databaseUnavailable() {
    return new TryLaterException(
        "Continuum is temporarily unavailable: its database is not answering. Nothing saved before"
            + " is lost. Try again in a minute.",
        30,
        true);
  }

  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  /** 503 (busy) rather than 429 (too many attempts). */
  public boolean isBusy() {
    return busy;
  }
}
