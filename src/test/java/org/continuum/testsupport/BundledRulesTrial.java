package org.continuum.testsupport;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.UserTransaction;
import org.continuum.procedure.application.CodingRules;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.RuleCorrection;
import org.continuum.procedure.infrastructure.CodingRuleSeeds;
import org.continuum.shared.application.SystemContext;

/**
 * Loads a next version of the bundled coding rules as a new release would at start-up (carpal
 * tunnel rows cite one more source), reports what a program's rules became, and rolls it all back:
 * every other test codes by the bundled version 1.
 */
@ApplicationScoped
public class BundledRulesTrial {

  @Inject CodingRuleSeeds seeds;
  @Inject CodingRuleSetRepository sets;
  @Resource UserTransaction tx;

  public JsonObject loadNextVersion(long programId, String procedure) throws Exception {
    tx.begin();
    try {
      String core = sets.latest(CodingRules.CORE).orElseThrow().getSource();
      int version = sets.latestVersion(CodingRules.CORE).orElseThrow();
      String next =
          core.replace("version: " + version, "version: " + (version + 1))
                  .replace(
                      "| CARPAL-TUNNEL | any | 20526; 76942 once if guidance ULTRASOUND | 50 if"
                          + " BILATERAL | [CPT] [DF] |",
                      "| CARPAL-TUNNEL | any | 20526; 76942 once if guidance ULTRASOUND | 50 if"
                          + " BILATERAL | [CPT] [DF] [NEW] |")
              + "\n[NEW]: A source added by the next version.\n";
      SystemContext.call(() -> seeds.apply(next));
      CodingRuleSet own = sets.latest(RuleCorrection.setIdOf(programId)).orElseThrow();
      return Json.createObjectBuilder()
          .add("key", own.key())
          .add("basedOn", RuleCorrection.basedOn(own.getSource()).orElse(""))
          .add("rows", RuleCorrection.rowsOf(own.getSource(), procedure))
          .add("carpalTunnel", RuleCorrection.rowsOf(own.getSource(), "CARPAL-TUNNEL"))
          .build();
    } finally {
      tx.rollback();
    }
  }
}
