package org.continuum.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.continuum.evaluation.application.EvaluationForms;
import org.continuum.evaluation.application.FormView;
import org.continuum.evaluation.application.ItemInput;
import org.continuum.evaluation.application.RotationForms;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.program.application.Curriculum;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramView;
import org.continuum.program.application.RotationView;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.domain.DomainException;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/**
 * Reads an "evaluation-forms" document (seed-content/README.md): a program's forms, each published
 * as version 1 when its code is new in the program. A form that exists is left alone: the program
 * director changes it by starting a new version, which a seed file never overwrites.
 */
@ApplicationScoped
public class EvaluationFormSeedImporter implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      String program,
      List<FormEntry> forms,
      List<RotationFormEntry> rotationForms) {}

  /** A rotation's own form, by the rotation's and the form's codes. */
  public record RotationFormEntry(String rotation, String form) {}

  public record FormEntry(
      String code, EvaluationKind kind, String title, String instructions, List<ItemEntry> items) {}

  public record ItemEntry(ItemType type, String prompt, String subcompetency, Boolean required) {}

  @Inject ProgramAdministration programs;
  @Inject EvaluationForms forms;
  @Inject RotationForms rotationForms;
  @Inject Curriculum curriculum;

  @Override
  public String kind() {
    return "evaluation-forms";
  }

  @Override
  public List<String> apply(String json) {
    Document d = SeedDocuments.bind(json, Document.class, kind());
    ProgramView program = programs.requireByCode("program", d.program());
    List<String> report = new ArrayList<>();
    SeedDocuments.each("forms", d.forms(), e -> report.add(form(program, e)));
    SeedDocuments.each(
        "rotationForms", d.rotationForms(), e -> report.add(rotationForm(program, e)));
    return report;
  }

  /** A rotation keeps a form its director chose: the seed names one only where none is chosen. */
  private String rotationForm(ProgramView program, RotationFormEntry e) {
    RotationView rotation =
        curriculum.rotations(program.id()).stream()
            .filter(r -> r.code().equalsIgnoreCase(e.rotation() == null ? "" : e.rotation()))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "rotation", Wording.of("seed.rotationUnknown", e.rotation())));
    FormView form =
        forms.ofProgram(program.id()).stream()
            .filter(f -> f.code().equalsIgnoreCase(e.form() == null ? "" : e.form()))
            .findFirst()
            .orElseThrow(
                () -> new InvalidInputException("form", Wording.of("seed.formUnknown", e.form())));
    boolean chosen =
        rotationForms.of(program.id()).stream()
            .anyMatch(c -> c.rotationId() == rotation.id() && c.kind() == form.kind());
    if (chosen) {
      return Wording.of("seed.rotationFormThere", rotation.code());
    }
    rotationForms.choose(program.id(), rotation.id(), form.code());
    return Wording.of("seed.rotationFormChosen", rotation.code(), form.code());
  }

  private String form(ProgramView program, FormEntry e) {
    boolean exists =
        forms.ofProgram(program.id()).stream()
            .anyMatch(f -> f.code().equalsIgnoreCase(e.code() == null ? "" : e.code()));
    if (exists) {
      return Wording.of("seed.formThere", e.code());
    }
    FormView form = forms.create(program.id(), e.code(), e.kind(), e.title(), e.instructions());
    List<ItemEntry> items = e.items() == null ? List.of() : e.items();
    for (int i = 0; i < items.size(); i++) {
      ItemEntry item = items.get(i);
      try {
        form =
            forms.saveItem(
                form.id(),
                form.version(),
                new ItemInput(
                    null,
                    item.type(),
                    item.prompt(),
                    item.subcompetency(),
                    item.required() == null || item.required()));
      } catch (DomainException problem) {
        throw new InvalidInputException(
            "items[" + i + "]",
            Wording.of("evaluationFormSeedImporter.items", i, problem.userMessage()));
      }
    }
    forms.publish(form.id(), form.version());
    return Wording.of("seed.formPublished", e.code(), items.size());
  }
}
