package org.continuum.learning.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.continuum.learning.application.ModuleRequirements;
import org.continuum.learning.application.RetakePolicies;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.program.application.RotationView;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * A program's module standards from a seed file (kind module-standards): the modules it requires,
 * by PGY, during a rotation (by its code) or by graduation, and its retake rules. A module required
 * already is left as it is.
 */
@ApplicationScoped
public class ModuleStandardsSeeds implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      String program,
      Retakes retakes,
      List<Requirement> requirements) {}

  public record Retakes(Integer maxAttempts, int waitHours, boolean retakeAfterPass) {}

  public record Requirement(String module, Integer byPgy, String rotation) {}

  @Inject ProgramAdministration programs;
  @Inject Curriculum curriculum;
  @Inject ModuleRequirements requirements;
  @Inject RetakePolicies policies;

  @Override
  public String kind() {
    return "module-standards";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    ProgramView program = programs.requireByCode("program", d.program());
    List<String> report = new ArrayList<>();
    if (d.retakes() != null) {
      Long version = policies.get(program.id()).version();
      policies.set(
          program.id(),
          version,
          d.retakes().maxAttempts(),
          d.retakes().waitHours(),
          d.retakes().retakeAfterPass());
      report.add(Wording.of("moduleStandardsSeeds.retakeRulesSet"));
    }
    List<RotationView> rotations = curriculum.rotations(program.id());
    var existing = requirements.list(program.id());
    SeedDocuments.each(
        "requirements",
        d.requirements(),
        r -> {
          if (existing.stream().anyMatch(e -> e.moduleCode().equals(r.module()))) {
            report.add(Wording.of("moduleStandardsSeeds.alreadyRequired", r.module()));
            return;
          }
          Long rotationId = null;
          if (r.rotation() != null) {
            rotationId =
                rotations.stream()
                    .filter(ro -> ro.code().equals(r.rotation()))
                    .map(RotationView::id)
                    .findFirst()
                    .orElseThrow(
                        () ->
                            new InvalidInputException(
                                "rotation",
                                Wording.of("moduleStandardsSeeds.rotationProgram", r.rotation())));
          }
          requirements.add(program.id(), r.module(), r.byPgy(), rotationId);
          report.add(Wording.of("moduleStandardsSeeds.required", r.module()));
        });
    return report;
  }
}
