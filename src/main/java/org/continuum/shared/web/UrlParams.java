package org.continuum.shared.web;

import java.util.Locale;

/**
 * Optional filters read from an address: a value that does not parse is no filter at all. A view
 * parameter that fails conversion would skip the page's view actions and leave it half-loaded, so
 * pages read filters as text and through these.
 */
public final class UrlParams {

  private UrlParams() {}

  /** A positive id, or null. */
  public static Long id(String value) {
    if (value == null || !value.matches("\\d{1,18}")) {
      return null;
    }
    long id = Long.parseLong(value);
    return id > 0 ? id : null;
  }

  /** One of an enum's constants by name (any case), or null. */
  public static <E extends Enum<E>> E constant(Class<E> type, String value) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.trim().toUpperCase(Locale.ROOT))) {
        return constant;
      }
    }
    return null;
  }
}
