package org.continuum.procedure.application;

import static org.continuum.audit.domain.AuditEventType.CODING_RULES_CARRIED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import org.continuum.audit.application.AuditTrail;
import org.continuum.procedure.domain.CodingRuleSet;
import org.continuum.procedure.domain.CodingRuleSetRepository;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.RuleCorrection;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Carries each program's own coding rules onto a new version of the bundled rules as it loads: the
 * procedures a director corrected keep the program's rows, the others take the new bundled rows, as
 * the program's next version. Without it a program that corrected one procedure would code every
 * other by bundled rules since replaced. A program whose rows no longer fit keeps its rules; its
 * director's page says why, naming every procedure that does not fit.
 */
@ApplicationScoped
public class ProgramRulesCarrier {

  private static final Logger LOG = Logger.getLogger(ProgramRulesCarrier.class.getName());

  @Inject CodingRuleSetRepository sets;
  @Inject ProcedureCatalogRepository catalog;
  @Inject AuditTrail audit;
  @Inject Event<CodingRulesChanged> changed;

  /**
   * In the transaction that loads the bundled version, so both commit or neither does; recorded as
   * the system's work even when an administrator's upload loaded it: nobody wrote these rules.
   */
  void onLoaded(@Observes CodingRulesChanged change) {
    if (change.bundled()) {
      SystemContext.callAsSystem(
          () -> {
            sets.latestOfPrograms().forEach(this::carryAndPublish);
            return null;
          });
    }
  }

  private void carryAndPublish(CodingRuleSet own) {
    String bundled = sets.latest(CodingRules.CORE).orElseThrow().key();
    try {
      Optional<RuleCorrection> carried = carry(own, own.getSetVersion() + 1, null);
      if (carried.isEmpty()) {
        return;
      }
      CodingRuleSet next = CodingRuleSet.of(carried.get().book(), carried.get().source());
      sets.add(next);
      String kept = carried.get().procedure();
      audit.record(
          CODING_RULES_CARRIED,
          ProgramCodingRules.SUBJECT,
          next.getId(),
          RuleCorrection.programIdOf(own.getSetId()),
          next.key()
              + " carries "
              + own.key()
              + " onto "
              + bundled
              + (kept.isEmpty()
                  ? "; no procedure differs from the bundled rules"
                  : "; the program's rows kept for " + kept));
      changed.fire(new CodingRulesChanged(next.key()));
    } catch (InvalidInputException e) {
      LOG.warning(
          () ->
              own.key()
                  + " could not be carried onto "
                  + bundled
                  + " and stays in force: "
                  + e.getMessage());
    }
  }

  /**
   * A program's set carried onto the latest bundled rules as the given version, leaving {@code
   * except} (a procedure about to be corrected, or null) as bundled; empty when the set is made
   * from the latest bundled rules already.
   *
   * @throws InvalidInputException naming each procedure whose rows no longer fit
   */
  public Optional<RuleCorrection> carry(CodingRuleSet own, int version, String except) {
    CodingRuleSet bundled = sets.latest(CodingRules.CORE).orElseThrow();
    Optional<String> named = RuleCorrection.basedOn(own.getSource());
    if (named.filter(bundled.key()::equals).isPresent()) {
      return Optional.empty();
    }
    CodingRuleSet base = named.isPresent() ? named(named.get()) : inForceAt(own);
    return Optional.of(
        RuleCorrection.carriedOnto(
            bundled.getSource(),
            own.getSource(),
            base.getSource(),
            RuleCorrection.programIdOf(own.getSetId()),
            version,
            catalog.types(),
            except));
  }

  private CodingRuleSet named(String key) {
    int colon = key.lastIndexOf(':');
    String version = colon < 0 ? "" : key.substring(colon + 1);
    return (version.matches("[0-9]{1,9}")
            ? sets.find(key.substring(0, colon), Integer.parseInt(version))
            : Optional.<CodingRuleSet>empty())
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "rows", Wording.of("programRulesCarrier.rulesSayTheyWere", key)));
  }

  /** A set published before sets named their base was made from the bundled rules then. */
  private CodingRuleSet inForceAt(CodingRuleSet own) {
    return sets.latestAt(CodingRules.CORE, own.getCreatedAt())
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "rows", Wording.of("programRulesCarrier.bundledRulesWereLoaded", own.key())));
  }
}
