package org.continuum.evaluation.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * One version of a program's evaluation form. A draft is built item by item; once published it is
 * what evaluations are written against and never changes, so an answer always means what the
 * evaluator read. Changing a published form means starting its next version.
 */
@Entity
@Table(name = "evaluation_form")
public class EvaluationForm extends BaseEntity {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");
  static final int MAX_ITEMS = 60;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "form_version", nullable = false, updatable = false)
  private int formVersion;

  @Column(name = "title", nullable = false, length = 160)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false, length = 24)
  private EvaluationKind kind;

  @Column(name = "instructions", length = 2000)
  private String instructions;

  /** The framework version whose subcompetencies the milestone items name. */
  @Column(name = "framework_id")
  private Long frameworkId;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private FormStatus status;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "form", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("seq")
  private List<FormItem> items = new ArrayList<>();

  protected EvaluationForm() {}

  /** Version {@code formVersion} of form {@code code} of a program, as an empty draft. */
  public static EvaluationForm draft(
      long programId,
      String code,
      int formVersion,
      EvaluationKind kind,
      String title,
      String instructions,
      Long frameworkId) {
    EvaluationForm f = new EvaluationForm();
    Violations problems = new Violations();
    f.code =
        problems.collect(
            () ->
                Check.matches(
                    "code",
                    Wording.of("label.formCode"),
                    Check.required("code", Wording.of("label.formCode"), code)
                        .strip()
                        .toUpperCase(Locale.ROOT),
                    CODE,
                    Wording.of("evaluationForm.n240CapitalLetters")));
    f.kind = problems.collect(() -> Check.required("kind", Wording.of("label.kind"), kind));
    f.formVersion =
        problems.collect(
            () -> Check.range("formVersion", Wording.of("label.version"), formVersion, 1, 999));
    f.status = FormStatus.DRAFT;
    problems.run(() -> f.describe(title, instructions));
    problems.throwIfAny();
    f.programId = programId;
    f.frameworkId = frameworkId;
    return f;
  }

  public void describe(String newTitle, String newInstructions) {
    requireDraft();
    Violations problems = new Violations();
    String validTitle =
        problems.collect(() -> Check.text("title", Wording.of("label.title"), newTitle, 3, 160));
    String validInstructions =
        problems.collect(
            () ->
                Check.optionalText(
                    "instructions", Wording.of("label.instructions"), newInstructions, 2000));
    problems.throwIfAny();
    this.title = validTitle;
    this.instructions = validInstructions;
  }

  /** The framework the milestone items refer to (the program's, when the draft is edited). */
  public void useFramework(Long newFrameworkId) {
    requireDraft();
    this.frameworkId = newFrameworkId;
  }

  public FormItem addItem(ItemType type, String prompt, String subcompetency, boolean required) {
    requireDraft();
    if (items.size() >= MAX_ITEMS) {
      throw new RuleViolationException(Wording.of("evaluationForm.formHasMostItems", MAX_ITEMS));
    }
    requireItemFits(type);
    FormItem item = new FormItem(this, items.size() + 1);
    item.describe(type, prompt, subcompetency, required);
    items.add(item);
    return item;
  }

  public void reviseItem(
      int seq, ItemType type, String prompt, String subcompetency, boolean required) {
    requireDraft();
    requireItemFits(type);
    item(seq).describe(type, prompt, subcompetency, required);
  }

  public void removeItem(int seq) {
    requireDraft();
    items.remove(item(seq));
    renumber();
  }

  /** Moves an item one place up (-1) or down (+1). */
  public void moveItem(int seq, int direction) {
    requireDraft();
    int from = seq - 1;
    int to = from + Integer.signum(direction);
    if (from < 0 || from >= items.size() || to < 0 || to >= items.size()) {
      return;
    }
    Collections.swap(items, from, to);
    renumber();
  }

  /** Freezes this version: evaluations may now be requested on it. */
  public void publish(Instant now) {
    requireDraft();
    if (items.isEmpty()) {
      throw new RuleViolationException(Wording.of("evaluationForm.formNeedsLeastOne"));
    }
    // a draft copied from a version made before a scale's use was checked may hold an unfit item
    for (FormItem item : items) {
      if (!item.getType().fits(kind)) {
        throw new RuleViolationException(unfit(item.getType(), item.getSeq()));
      }
    }
    status = FormStatus.PUBLISHED;
    publishedAt = now;
  }

  /** The next version, a draft copy of this one. */
  public EvaluationForm nextDraft(Long currentFrameworkId) {
    if (status != FormStatus.PUBLISHED) {
      throw new RuleViolationException(
          Wording.of("evaluationForm.versionStillDraftEdit", formVersion, code));
    }
    EvaluationForm next =
        draft(programId, code, formVersion + 1, kind, title, instructions, currentFrameworkId);
    for (FormItem item : items) {
      next.items.add(item.copyInto(next));
    }
    return next;
  }

  /**
   * Refuses this form where evaluations of {@code expectedKind} in the program are to be written on
   * it: it must be a published form of that program and of that kind.
   */
  public void requireUsableFor(long expectedProgramId, EvaluationKind expectedKind) {
    if (programId != expectedProgramId || !isPublished()) {
      throw new InvalidInputException("form", Wording.of("evaluationForm.publishedInProgram"));
    }
    if (kind != expectedKind) {
      throw new InvalidInputException(
          "form", Wording.of("evaluationForm.notOfKind", code, expectedKind.label()));
    }
  }

  public Optional<FormItem> findItem(int seq) {
    return items.stream().filter(i -> i.getSeq() == seq).findFirst();
  }

  /** "MSK-ROT v2" */
  public String label() {
    return code + " v" + formVersion;
  }

  public boolean isPublished() {
    return status == FormStatus.PUBLISHED;
  }

  private FormItem item(int seq) {
    return findItem(seq)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("evaluationForm.item")));
  }

  /** An anonymous form rates teaching; every other form rates a trainee (ItemType.fits). */
  private void requireItemFits(ItemType type) {
    if (type != null && !type.fits(kind)) {
      throw new InvalidInputException("type", unfit(type, null));
    }
  }

  private String unfit(ItemType type, Integer seq) {
    String rule =
        kind.isAnonymous()
            ? Wording.of("evaluationForm.anonymousRatesTeaching", type.label())
            : Wording.of("evaluationForm.ratesTrainee", type.label());
    return seq == null ? rule : Wording.of("evaluationForm.unfitItem", seq, rule);
  }

  private void renumber() {
    for (int i = 0; i < items.size(); i++) {
      items.get(i).renumber(i + 1);
    }
  }

  private void requireDraft() {
    if (status != FormStatus.DRAFT) {
      throw new RuleViolationException(
          Wording.of("evaluationForm.versionPublishedCannotChange", formVersion, code));
    }
  }

  public long getProgramId() {
    return programId;
  }

  public String getCode() {
    return code;
  }

  public int getFormVersion() {
    return formVersion;
  }

  public String getTitle() {
    return title;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public String getInstructions() {
    return instructions;
  }

  public Long getFrameworkId() {
    return frameworkId;
  }

  public FormStatus getStatus() {
    return status;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<FormItem> getItems() {
    return Collections.unmodifiableList(items);
  }
}
