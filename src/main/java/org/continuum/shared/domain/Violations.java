package org.continuum.shared.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the rule violations of several fields, so a form shows every problem at once instead of
 * one per attempt.
 */
public final class Violations {

  private final List<InvalidInputException.FieldError> errors = new ArrayList<>();

  /** Runs one guard; its violation is remembered and null returned instead. */
  public <T> T collect(Supplier<T> guard) {
    try {
      return guard.get();
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
      return null;
    }
  }

  /** A violation found by the caller's own rule. */
  public void add(String field, String message) {
    errors.add(new InvalidInputException.FieldError(field, message));
  }

  public void run(Runnable guard) {
    collect(
        () -> {
          guard.run();
          return null;
        });
  }

  /** Throws one exception naming every violation collected, if there were any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }
}
