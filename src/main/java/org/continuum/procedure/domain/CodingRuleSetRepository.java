package org.continuum.procedure.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface CodingRuleSetRepository {

  /** The highest version loaded of a rule set. */
  Optional<CodingRuleSet> latest(String setId);

  /** The highest version loaded of a rule set, without its text. */
  Optional<Integer> latestVersion(String setId);

  Optional<CodingRuleSet> find(String setId, int version);

  /** The highest version of a rule set loaded by the instant given: the one in force then. */
  Optional<CodingRuleSet> latestAt(String setId, Instant when);

  /** Each program's own rule set, its highest version. */
  List<CodingRuleSet> latestOfPrograms();

  void add(CodingRuleSet set);
}
