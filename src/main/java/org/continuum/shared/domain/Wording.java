package org.continuum.shared.domain;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the system says in its own voice (refusals, confirmations, labels of fields), kept in one
 * bundle rather than scattered through the code, so wording is read, spelled and changed in one
 * place. A sentence with values is a {@link MessageFormat} pattern: {0}, {1}...
 */
public final class Wording {

  private static final String BUNDLE = "org.continuum.shared.domain.Wording";

  private Wording() {}

  /** The sentence under {@code key}, its {0}, {1}... filled with {@code values}. */
  public static String of(String key, Object... values) {
    return format(ResourceBundle.getBundle(BUNDLE, Locale.US).getString(key), values);
  }

  /**
   * Fills a pattern. A number in a plain {0} reads as written ("2026", not "2,026"); a {0,choice}
   * or {0,number} keeps its number.
   */
  public static String format(String pattern, Object... values) {
    MessageFormat format = new MessageFormat(pattern, Locale.US);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] filled = values == null ? new Object[0] : values.clone();
    for (int i = 0; i < filled.length; i++) {
      boolean plain = i >= formats.length || formats[i] == null;
      if (plain && filled[i] != null && !(filled[i] instanceof String)) {
        filled[i] = String.valueOf(filled[i]);
      }
    }
    return format.format(filled);
  }
}
