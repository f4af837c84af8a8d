package org.continuum.procedure.domain;

import java.util.Optional;

public interface CodingRuleSetRepository {

  /** The highest version loaded of a rule set. */
  Optional<CodingRuleSet> latest(String setId);

  /** The highest version loaded of a rule set, without its text. */
  Optional<Integer> latestVersion(String setId);

  Optional<CodingRuleSet> find(String setId, int version);

  void add(CodingRuleSet set);
}
