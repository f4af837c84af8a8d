package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.application.MinimumForm;
import org.continuum.procedure.application.MinimumView;
import org.continuum.procedure.application.ProcedureStandards;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads a "procedure-standards" document: a program's procedure minimums, matched by name. A newer
 * version redefines the minimums it names; others the program director added stay.
 */
@ApplicationScoped
public class StandardsSeedImporter implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      String program,
      List<MinimumEntry> minimums) {}

  /**
   * Counts a category (by code), one procedure (by code) or the cases whose primary CPT code is one
   * of {@code cpt}; interim maps PGY to a count.
   */
  public record MinimumEntry(
      String label,
      String category,
      String procedure,
      List<String> cpt,
      Integer required,
      Set<TraineeRole> roles,
      Map<String, Integer> interim) {}

  @Inject ProgramAdministration programs;
  @Inject ProcedureStandards standards;
  @Inject ProcedureCatalogRepository catalog;

  @Override
  public String kind() {
    return "procedure-standards";
  }

  @Override
  public List<String> apply(String json) {
    Document document = SeedDocuments.bind(json, Document.class, kind());
    ProgramView program = programs.requireByCode("program", document.program());
    Map<String, MinimumView> existing = new HashMap<>();
    standards.list(program.id()).forEach(m -> existing.put(m.label(), m));
    List<String> report = new ArrayList<>();
    int[] order = {0};
    SeedDocuments.each(
        "minimums",
        document.minimums(),
        e -> {
          order[0]++;
          MinimumView before = existing.get(e.label());
          standards.save(
              program.id(),
              new MinimumForm(
                  before == null ? null : before.id(),
                  before == null ? null : before.version(),
                  e.label(),
                  e.category() == null ? null : categoryId(e.category()),
                  e.procedure() == null ? null : procedureId(e.procedure()),
                  e.cpt(),
                  e.required(),
                  e.roles(),
                  interim(e.interim()),
                  order[0]));
          report.add(
              Wording.of(
                  "standardsSeedImporter.minimum",
                  e.label(),
                  (before == null ? "created" : "updated"),
                  program.code()));
        });
    return report;
  }

  private Long categoryId(String code) {
    return catalog
        .findCategory(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "category", Wording.of("standardsSeedImporter.categoryKnown", code)))
        .getId();
  }

  private Long procedureId(String code) {
    return catalog
        .findType(code)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "procedure", Wording.of("standardsSeedImporter.procedureKnown", code)))
        .getId();
  }

  private static Map<Integer, Integer> interim(Map<String, Integer> given) {
    Map<Integer, Integer> map = new HashMap<>();
    if (given != null) {
      given.forEach(
          (pgy, count) -> {
            try {
              map.put(Integer.parseInt(pgy.strip()), count);
            } catch (NumberFormatException e) {
              throw new InvalidInputException(
                  "interim", Wording.of("standardsSeedImporter.interimTargetsKeyedPgy"));
            }
          });
    }
    return map;
  }
}
