package org.continuum.shared.web;

import jakarta.json.JsonObject;

/**
 * A Chart.js configuration as PrimeFaces' chart takes it: JSON written into a script element, so no
 * name in it may close that element.
 */
public final class ChartConfig {

  private ChartConfig() {}

  public static String forScript(JsonObject config) {
    // outside strings JSON has none of these characters; inside, the escapes read the same
    return config
        .toString()
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }
}
