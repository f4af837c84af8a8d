package org.continuum.shared.web;

import java.util.Locale;
import java.util.ResourceBundle;
import org.continuum.shared.domain.Wording;

/**
 * The pages' bundle (what a page reads as {@code text[...]}) for backing beans: a confirmation or a
 * heading a bean composes reads from the same place as the page around it.
 */
public final class PageText {

  private static final String BUNDLE = "org.continuum.shared.web.Text";

  private PageText() {}

  /** The sentence under {@code key}, read as a MessageFormat pattern with {@code values}. */
  public static String of(String key, Object... values) {
    return Wording.format(ResourceBundle.getBundle(BUNDLE, Locale.US).getString(key), values);
  }
}
