package org.continuum.competency.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.continuum.competency.domain.CoreCompetency;
import org.continuum.competency.domain.Framework;
import org.continuum.competency.domain.FrameworkRepository;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads a "competency-framework" document (seed-content/README.md). The document's version is the
 * framework's version: a new document version adds a new framework version beside the old one,
 * which stays as it is for the evaluations made under it. Loaded versions are published and
 * institution-wide; a program director edits a program's own next version on screen.
 */
@ApplicationScoped
public class FrameworkSeedImporter implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String code,
      String name,
      String specialty,
      String description,
      List<String> include,
      List<SubcompetencyEntry> subcompetencies) {}

  /** Levels: five descriptors, level 1 first. */
  public record SubcompetencyEntry(
      String code, CoreCompetency competency, String title, List<String> levels) {}

  @Inject Clock clock;
  @Inject FrameworkRepository frameworks;

  @Override
  public String kind() {
    return "competency-framework";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    String code = d.code() == null ? null : d.code().strip();
    if (code != null && frameworks.find(code, d.version()).isPresent()) {
      return List.of(
          Wording.of("frameworkSeedImporter.frameworkVersionAlreadyThere", code, d.version()));
    }
    Framework framework =
        Framework.draft(code, d.version(), d.name(), d.specialty(), d.description(), null);
    List<String> report = new ArrayList<>();
    SeedDocuments.each(
        "include",
        d.include(),
        included -> {
          Framework shared =
              frameworks
                  .latestPublished(included)
                  .orElseThrow(
                      () ->
                          new InvalidInputException(
                              "include",
                              Wording.of(
                                  "frameworkSeedImporter.frameworkLoadedLoadFirst", included)));
          shared.copySubcompetenciesInto(framework);
          report.add(
              Wording.of(
                  "frameworkSeedImporter.includedSubcompetenciesVersion",
                  shared.getSubcompetencies().size(),
                  included,
                  shared.getFrameworkVersion()));
        });
    SeedDocuments.each(
        "subcompetencies",
        d.subcompetencies(),
        e -> framework.addSubcompetency(e.code(), e.competency(), e.title(), e.levels()));
    framework.publish(clock.instant());
    frameworks.add(framework);
    report.add(
        Wording.of(
            "frameworkSeedImporter.frameworkVersionPublishedSubcompetencies",
            framework.getCode(),
            framework.getFrameworkVersion(),
            framework.getSubcompetencies().size()));
    return report;
  }
}
