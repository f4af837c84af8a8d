package org.continuum.evaluation.application;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.continuum.evaluation.domain.EvaluationForm;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.FormItem;
import org.continuum.evaluation.domain.FormStatus;
import org.continuum.evaluation.domain.ItemType;

/** A form version with its items, as the builder and the program's form list show it. */
public record FormView(
    long id,
    long version,
    long programId,
    String code,
    int formVersion,
    String title,
    EvaluationKind kind,
    String instructions,
    Long frameworkId,
    FormStatus status,
    Instant publishedAt,
    List<Item> items)
    implements Serializable {

  /** One item of the form. */
  public record Item(
      int seq,
      ItemType type,
      String prompt,
      String subcompetencyCode,
      String subcompetencyTitle,
      boolean required)
      implements Serializable {}

  static FormView of(EvaluationForm f, java.util.function.Function<String, String> titles) {
    return new FormView(
        f.getId(),
        f.getVersion(),
        f.getProgramId(),
        f.getCode(),
        f.getFormVersion(),
        f.getTitle(),
        f.getKind(),
        f.getInstructions(),
        f.getFrameworkId(),
        f.getStatus(),
        f.getPublishedAt(),
        f.getItems().stream().map(i -> item(i, titles)).toList());
  }

  private static Item item(FormItem i, java.util.function.Function<String, String> titles) {
    String code = i.getSubcompetencyCode();
    return new Item(
        i.getSeq(),
        i.getType(),
        i.getPrompt(),
        code,
        code == null ? null : titles.apply(code),
        i.isRequired());
  }

  /** "MSK-ROT v2" */
  public String label() {
    return code + " v" + formVersion;
  }

  public boolean isDraft() {
    return status == FormStatus.DRAFT;
  }
}
