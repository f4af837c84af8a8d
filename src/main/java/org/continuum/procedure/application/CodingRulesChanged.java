package org.continuum.procedure.application;

/**
 * A new version of coding rules was loaded or published ("core:2", "program-12:3"); fired inside
 * the loading transaction.
 */
public record CodingRulesChanged(String key) {

  public boolean bundled() {
    return key.startsWith(CodingRules.CORE + ":");
  }
}
