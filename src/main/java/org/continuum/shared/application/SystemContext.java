package org.continuum.shared.application;

import java.util.function.Supplier;

/**
 * Runs trusted work (start-up seeding, or seeding an administrator has already been authorised for)
 * with the authority to pass every access check. Only code that is itself trusted may call it; no
 * web page or API resource hands user input to it.
 */
public final class SystemContext {

  private static final ThreadLocal<Boolean> ELEVATED = ThreadLocal.withInitial(() -> false);
  private static final ThreadLocal<Boolean> AS_SYSTEM = ThreadLocal.withInitial(() -> false);

  private SystemContext() {}

  public static <T> T call(Supplier<T> work) {
    boolean previous = ELEVATED.get();
    ELEVATED.set(true);
    try {
      return work.get();
    } finally {
      ELEVATED.set(previous);
    }
  }

  public static void run(Runnable work) {
    call(
        () -> {
          work.run();
          return null;
        });
  }

  /**
   * As {@link #call}, and what the work records is recorded as the system's, not as the signed-in
   * user's: for work a person's action sets off but that person did not do (a program's rules
   * carried onto the bundled rules an administrator loaded).
   */
  public static <T> T callAsSystem(Supplier<T> work) {
    boolean previous = AS_SYSTEM.get();
    AS_SYSTEM.set(true);
    try {
      return call(work);
    } finally {
      AS_SYSTEM.set(previous);
    }
  }

  public static boolean actsAsSystem() {
    return AS_SYSTEM.get();
  }

  public static boolean isElevated() {
    return ELEVATED.get();
  }
}
