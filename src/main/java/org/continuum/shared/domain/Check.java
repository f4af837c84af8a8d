package org.continuum.shared.domain;

import java.util.regex.Pattern;

/**
 * Guards for entity invariants. Each failure names the field (as forms and the API call it) and the
 * rule in words a user understands.
 */
public final class Check {

  private Check() {}

  public static String required(String field, String label, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, Wording.of("check.required", label));
    }
    return value.strip();
  }

  public static <T> T required(String field, String label, T value) {
    if (value == null) {
      throw new InvalidInputException(field, Wording.of("check.required", label));
    }
    return value;
  }

  /** Required text of {@code min} to {@code max} characters, stripped of surrounding blanks. */
  public static String text(String field, String label, String value, int min, int max) {
    String stripped = required(field, label, value);
    if (stripped.length() < min || stripped.length() > max) {
      throw new InvalidInputException(field, Wording.of("check.charactersLong", label, min, max));
    }
    return stripped;
  }

  /** Optional text of at most {@code max} characters; blank becomes null. */
  public static String optionalText(String field, String label, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new InvalidInputException(field, Wording.of("check.mostCharactersLong", label, max));
    }
    return stripped;
  }

  public static String matches(
      String field, String label, String value, Pattern pattern, String ruleInWords) {
    if (!pattern.matcher(value).matches()) {
      throw new InvalidInputException(field, label + " " + ruleInWords);
    }
    return value;
  }

  public static int range(String field, String label, int value, int min, int max) {
    if (value < min || value > max) {
      throw new InvalidInputException(field, Wording.of("check.between", label, min, max));
    }
    return value;
  }
}
