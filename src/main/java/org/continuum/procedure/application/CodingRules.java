package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.LogChecks;
import org.continuum.shared.application.IdentifierGuards;

/**
 * The coding rules in force: the latest loaded version of the bundled set, parsed once and held in
 * memory until a new version commits. Every path that logs or corrects an entry codes it with
 * these, through {@link #checks()}.
 */
@ApplicationScoped
public class CodingRules {

  /** The rule set bundled in seed-content/coding/. */
  public static final String CORE = "core";

  @Inject CodingRuleSetRepository sets;
  @Inject IdentifierGuards guards;
  @Inject DiagnosisCatalog diagnoses;

  private volatile CodingRuleBook current;

  @Transactional
  public CodingRuleBook current() {
    CodingRuleBook book = current;
    if (book == null) {
      book = sets.latest(CORE).map(s -> s.parse()).orElseGet(CodingRuleBook::none);
      current = book;
    }
    return book;
  }

  /** What a new or corrected entry is checked and coded by, the diagnosis list included. */
  @Transactional
  public LogChecks checks() {
    return new LogChecks(guards.guard(), current(), diagnoses.current());
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) CodingRulesChanged change) {
    current = null;
  }
}
