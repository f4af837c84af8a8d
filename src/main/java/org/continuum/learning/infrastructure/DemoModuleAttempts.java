package org.continuum.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.PersonOption;
import org.continuum.learning.application.ModuleDocuments;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ModuleAttempt;
import org.continuum.learning.domain.ModuleDocument;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Demo attempts at modules (kind demo-module-attempts), worked through the domain as a trainee
 * would: each question answered right except the keys listed as wrong, stage after stage, up to a
 * stage (in progress) or to the end (finished), started some days ago.
 */
@ApplicationScoped
public class DemoModuleAttempts implements SeedContributor {

  public record Document(
      String kind, String id, int version, String description, List<Entry> attempts) {}

  /** {@code stages}: how many stages were opened; null finishes the module. */
  public record Entry(
      String program,
      String trainee,
      String module,
      int daysAgo,
      Integer stages,
      List<String> wrong) {}

  @Inject Clock clock;
  @Inject ProgramAdministration programs;
  @Inject PeopleDirectory people;
  @Inject ModuleRepository modules;
  @Inject ModuleDocuments documents;

  @Override
  public boolean demoOnly() {
    return true;
  }

  @Override
  public String kind() {
    return "demo-module-attempts";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    List<String> report = new ArrayList<>();
    SeedDocuments.each(
        "attempts",
        d.attempts(),
        e -> {
          long programId = programs.requireByCode("program", e.program()).id();
          PersonOption trainee =
              people
                  .findByUsername(e.trainee())
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "trainee", Wording.of("demoModuleAttempts.account", e.trainee())));
          CaseModule module =
              modules.latestAvailableTo(programId).stream()
                  .filter(m -> m.getCode().equals(e.module()))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "module", Wording.of("demoModuleAttempts.module", e.module())));
          ModuleDocument doc = documents.of(module);
          List<ModuleAttempt> earlier = modules.attempts(trainee.id(), module.getCode());
          Instant at = clock.instant().minus(Duration.ofDays(e.daysAgo()));
          ModuleAttempt attempt =
              ModuleAttempt.start(module, programId, trainee.id(), earlier.size() + 1, at);
          int stages =
              e.stages() == null ? doc.stages().size() : Math.min(e.stages(), doc.stages().size());
          List<String> wrong = e.wrong() == null ? List.of() : e.wrong();
          for (String key : wrong) {
            if (doc.question(key) == null) {
              throw new InvalidInputException(
                  "wrong", Wording.of("demoModuleAttempts.hasQuestion", e.module(), key));
            }
          }
          for (int s = 0; s < stages; s++) {
            at = at.plus(Duration.ofMinutes(4));
            for (ModuleDocument.Question q : doc.stages().get(s).questions()) {
              attempt.answer(doc, q.key(), choice(q, wrong.contains(q.key())), at);
            }
            if (s < doc.stages().size() - 1 && s < stages - 1 || e.stages() == null) {
              attempt.advance(doc, at);
            }
          }
          modules.add(attempt);
          report.add(
              e.trainee()
                  + " "
                  + e.module()
                  + (attempt.isCompleted()
                      ? " finished, " + attempt.getScorePercent() + "%"
                      : " in progress"));
        });
    return report;
  }

  /** The right options, or for a wrong answer the first wrong option alone. */
  private static Set<Integer> choice(ModuleDocument.Question q, boolean wrong) {
    Set<Integer> right = new java.util.HashSet<>();
    for (int i = 0; i < q.options().size(); i++) {
      if (q.options().get(i).correct() != wrong) {
        if (wrong) {
          return Set.of(i);
        }
        right.add(i);
      }
    }
    return right;
  }
}
