package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.continuum.procedure.application.CatalogChanged;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureCategory;
import org.continuum.procedure.domain.ProcedureField;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.Quantity;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads a "procedure-catalog" document (seed-content/README.md): categories and procedures, matched
 * by code. A newer version of the document updates the entries it names; entries it no longer names
 * stay (logs refer to them).
 */
@ApplicationScoped
public class CatalogSeedImporter implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      List<CategoryEntry> categories,
      List<ProcedureEntry> procedures) {}

  public record CategoryEntry(String code, String name, Integer displayOrder) {}

  public record ProcedureEntry(
      String code,
      String name,
      String category,
      List<String> cpt,
      List<String> terms,
      Set<ProcedureField> fields,
      Set<SpineRegion> regions,
      Set<Guidance> guidance,
      Guidance defaultGuidance,
      Integer maxLevels,
      Set<Quantity> quantities,
      Boolean retired) {}

  @Inject ProcedureCatalogRepository catalog;
  @Inject Event<CatalogChanged> changed;

  @Override
  public String kind() {
    return "procedure-catalog";
  }

  @Override
  public List<String> apply(String json) {
    Document document = SeedDocuments.bind(json, Document.class, kind());
    List<String> report = new ArrayList<>();
    SeedDocuments.each("categories", document.categories(), e -> category(e, report));
    SeedDocuments.each("procedures", document.procedures(), e -> procedure(e, report));
    changed.fire(new CatalogChanged());
    return report;
  }

  private void category(CategoryEntry e, List<String> report) {
    int order = e.displayOrder() == null ? 0 : e.displayOrder();
    var existing = catalog.findCategory(e.code());
    if (existing.isPresent()) {
      existing.get().rename(e.name(), order);
      report.add(Wording.of("catalogSeedImporter.categoryUpdated", e.code()));
    } else {
      catalog.add(new ProcedureCategory(e.code(), e.name(), order));
      report.add(Wording.of("catalogSeedImporter.categoryCreated", e.code()));
    }
  }

  private void procedure(ProcedureEntry e, List<String> report) {
    ProcedureCategory category =
        catalog
            .findCategory(e.category())
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "category", Wording.of("catalogSeedImporter.categoryKnown", e.category())));
    var existing = catalog.findType(e.code());
    ProcedureType type = existing.orElseGet(() -> new ProcedureType(e.code(), category));
    type.describe(
        e.name(),
        category,
        e.cpt(),
        e.terms(),
        e.fields() == null ? EnumSet.noneOf(ProcedureField.class) : e.fields(),
        e.regions(),
        e.guidance(),
        e.defaultGuidance(),
        e.maxLevels() == null ? 1 : e.maxLevels(),
        e.quantities());
    if (Boolean.TRUE.equals(e.retired())) {
      type.retire();
    } else {
      type.reinstate();
    }
    if (existing.isEmpty()) {
      catalog.add(type);
    }
    report.add(
        Wording.of(
            "catalogSeedImporter.procedure",
            e.code(),
            (existing.isEmpty() ? " created." : " updated.")));
  }
}
