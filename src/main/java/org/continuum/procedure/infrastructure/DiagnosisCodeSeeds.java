package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.procedure.application.DiagnosesChanged;
import org.continuum.procedure.domain.DiagnosisCode;
import org.continuum.procedure.domain.DiagnosisCodeRepository;
import org.continuum.procedure.domain.ProcedureDetails;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads a "diagnosis-codes" document (seed-content/coding/diagnoses.json): every code is checked as
 * an ICD-10-CM code and kept with its title; codes the new version no longer lists are retired.
 */
@ApplicationScoped
public class DiagnosisCodeSeeds implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String source,
      String compiled,
      String description,
      List<Entry> codes) {}

  public record Entry(String code, String title) {}

  @Inject DiagnosisCodeRepository diagnoses;
  @Inject Event<DiagnosesChanged> changed;

  @Override
  public String kind() {
    return "diagnosis-codes";
  }

  @Override
  public List<String> apply(String json) {
    Document document = SeedDocuments.bind(json, Document.class, kind());
    Check.text("source", Wording.of("label.source"), document.source(), 10, 1000);
    Map<String, DiagnosisCode> known = new HashMap<>();
    diagnoses.all().forEach(d -> known.put(d.getCode(), d));
    Set<String> listed = new HashSet<>();
    int added = 0;
    for (Entry e : document.codes() == null ? List.<Entry>of() : document.codes()) {
      String code = ProcedureDetails.normalDiagnosis(e.code());
      if (code == null || !listed.add(code)) {
        throw new InvalidInputException(
            "codes", Wording.of("diagnosisCodeSeeds.codeEmptyListedTwice", e.code()));
      }
      String title = Check.text("codes", Wording.of("label.title2", code), e.title(), 3, 200);
      DiagnosisCode existing = known.get(code);
      if (existing == null) {
        diagnoses.add(new DiagnosisCode(code, title, document.version()));
        added++;
      } else {
        existing.describe(title, document.version());
      }
    }
    int retired = 0;
    for (DiagnosisCode d : known.values()) {
      if (!listed.contains(d.getCode()) && d.isActive()) {
        d.retire();
        retired++;
      }
    }
    changed.fire(new DiagnosesChanged());
    return List.of(
        Wording.of(
            "diagnosisCodeSeeds.diagnosisListVersionCodes",
            document.id(),
            document.version(),
            listed.size(),
            added,
            retired));
  }
}
