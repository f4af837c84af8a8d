package org.continuum.shared.application;

/** Looks through an exception's chain of causes (containers wrap what services throw). */
public final class Causes {

  private Causes() {}

  /** The first exception of the type in the chain, or null. */
  public static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
