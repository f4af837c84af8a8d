package org.continuum.shared.application;

import java.util.function.Supplier;

/**
 * Runs trusted work (start-up seeding, or seeding an administrator has already been authorised for)
 * with the authority to pass every access check. Only code that is itself trusted may call it; no
 * web page or API resource hands user input to it.
 */
public final class SystemContext {

  private static final ThreadLocal<Boolean> ELEVATED = ThreadLocal.withInitial(() -> false);

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

  public static boolean isElevated() {
    return ELEVATED.get();
  }
}
