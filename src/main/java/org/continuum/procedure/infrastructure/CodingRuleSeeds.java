package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.continuum.procedure.application.CodingRules;
import org.continuum.procedure.application.CodingRulesChanged;
import org.continuum.procedure.domain.CodingRuleBook;
import org.continuum.procedure.domain.CodingRuleFormat;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.seed.application.SeedContributor;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Reads a "coding-rules" document (seed-content/coding/): parsed and checked against the whole
 * catalog before it is kept, so rules with a gap, an overlap or a code the catalog does not list
 * never reach an entry. Each version is kept beside the earlier ones.
 */
@ApplicationScoped
public class CodingRuleSeeds implements SeedContributor {

  @Inject CodingRuleSetRepository sets;
  @Inject ProcedureCatalogRepository catalog;
  @Inject Event<CodingRulesChanged> changed;

  @Override
  public String kind() {
    return CodingRuleFormat.KIND;
  }

  @Override
  public List<String> apply(String text) {
    CodingRuleBook book = CodingRuleFormat.parse(text);
    if (!book.id().equals(CodingRules.CORE)) {
      throw new InvalidInputException(
          "file", Wording.of("codingRuleSeeds.codingRulesReadSet", CodingRules.CORE));
    }
    book.check(catalog.types());
    if (sets.find(book.id(), book.version()).isPresent()) {
      throw new RuleViolationException(
          Wording.of("codingRuleSeeds.codingRulesAlreadyLoaded", book.key()));
    }
    sets.add(CodingRuleSet.of(book, text));
    changed.fire(new CodingRulesChanged(book.key()));
    return List.of(
        Wording.of(
            "codingRuleSeeds.codingRulesLoadedRules",
            book.key(),
            book.ruleCount(),
            book.procedureCount()));
  }
}
