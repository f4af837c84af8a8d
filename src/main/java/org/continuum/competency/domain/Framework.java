package org.continuum.competency.domain;

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
 * One version of a competency framework (code PMR, version 2): its subcompetencies grouped under
 * the core competencies. A draft is edited by the program that owns it; once published it never
 * changes, so evaluations made against it keep their meaning. Editing a published framework means
 * starting its next version, a draft copy.
 */
@Entity
@Table(name = "framework")
public class Framework extends BaseEntity {

  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_-]{1,39}");

  @Column(name = "code", nullable = false, updatable = false, length = 40)
  private String code;

  @Column(name = "framework_version", nullable = false, updatable = false)
  private int frameworkVersion;

  @Column(name = "name", nullable = false, length = 160)
  private String name;

  @Column(name = "specialty", nullable = false, length = 120)
  private String specialty;

  @Column(name = "description", length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 12)
  private FrameworkStatus status;

  /** The program whose director edits the draft; null for an institution-wide framework. */
  @Column(name = "owner_program_id", updatable = false)
  private Long ownerProgramId;

  @Column(name = "published_at")
  private Instant publishedAt;

  @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("displayOrder, code")
  private List<Subcompetency> subcompetencies = new ArrayList<>();

  protected Framework() {}

  /** A new draft, version {@code frameworkVersion} of {@code code}. */
  public static Framework draft(
      String code,
      int frameworkVersion,
      String name,
      String specialty,
      String description,
      Long ownerProgramId) {
    Framework f = new Framework();
    Violations problems = new Violations();
    f.code =
        problems.collect(
            () ->
                Check.matches(
                    "code",
                    Wording.of("label.frameworkCode"),
                    Check.required("code", Wording.of("label.frameworkCode"), code)
                        .toUpperCase(Locale.ROOT),
                    CODE,
                    Wording.of("framework.n240CapitalLetters")));
    f.frameworkVersion =
        problems.collect(
            () ->
                Check.range(
                    "frameworkVersion", Wording.of("label.version"), frameworkVersion, 1, 999));
    problems.run(() -> f.describe(name, specialty, description));
    problems.throwIfAny();
    f.status = FrameworkStatus.DRAFT;
    f.ownerProgramId = ownerProgramId;
    return f;
  }

  /** Name, specialty and description, checked at once. */
  public void describe(String newName, String newSpecialty, String newDescription) {
    requireDraftUnlessNew();
    Violations problems = new Violations();
    String validName =
        problems.collect(() -> Check.text("name", Wording.of("label.name"), newName, 3, 160));
    String validSpecialty =
        problems.collect(
            () -> Check.text("specialty", Wording.of("label.specialty"), newSpecialty, 2, 120));
    String validDescription =
        problems.collect(
            () ->
                Check.optionalText(
                    "description", Wording.of("label.description"), newDescription, 2000));
    problems.throwIfAny();
    this.name = validName;
    this.specialty = validSpecialty;
    this.description = validDescription;
  }

  /** Adds a subcompetency at the end of its competency group. */
  public Subcompetency addSubcompetency(
      String subCode, CoreCompetency competency, String title, List<String> levels) {
    requireDraft();
    requireFreeCode(subCode, null);
    Subcompetency sub = new Subcompetency(this);
    sub.describe(subCode, competency, title, levels, nextOrder(competency));
    subcompetencies.add(sub);
    return sub;
  }

  /** Changes a subcompetency of this draft. */
  public void reviseSubcompetency(
      long subcompetencyId,
      String subCode,
      CoreCompetency competency,
      String title,
      List<String> levels) {
    requireDraft();
    Subcompetency sub = subcompetency(subcompetencyId);
    requireFreeCode(subCode, sub);
    int order = sub.getCompetency() == competency ? sub.getDisplayOrder() : nextOrder(competency);
    sub.describe(subCode, competency, title, levels, order);
  }

  public void removeSubcompetency(long subcompetencyId) {
    requireDraft();
    subcompetencies.remove(subcompetency(subcompetencyId));
  }

  /** Freezes this version; from now on programs may adopt it and forms may use it. */
  public void publish(Instant now) {
    requireDraft();
    if (subcompetencies.isEmpty()) {
      throw new RuleViolationException(Wording.of("framework.frameworkNeedsLeastOne"));
    }
    status = FrameworkStatus.PUBLISHED;
    publishedAt = now;
  }

  /** The next version as a draft copy, to be edited by {@code ownerProgramId}'s director. */
  public Framework nextDraft(Long ownerProgramId) {
    if (status != FrameworkStatus.PUBLISHED) {
      throw new RuleViolationException(
          Wording.of("framework.versionStillDraftEdit", frameworkVersion, code));
    }
    Framework next =
        draft(code, frameworkVersion + 1, name, specialty, description, ownerProgramId);
    copySubcompetenciesInto(next);
    return next;
  }

  /** Copies this framework's subcompetencies into a draft (a shared set such as the harmonized). */
  public void copySubcompetenciesInto(Framework draft) {
    draft.requireDraft();
    for (Subcompetency sub : subcompetencies) {
      draft.requireFreeCode(sub.getCode(), null);
      draft.subcompetencies.add(sub.copyInto(draft));
    }
  }

  public boolean isDraft() {
    return status == FrameworkStatus.DRAFT;
  }

  /** Whether the program's director may edit this draft (institution drafts: administrators). */
  public boolean isOwnedBy(Long programId) {
    return ownerProgramId != null && ownerProgramId.equals(programId);
  }

  public Optional<Subcompetency> findSubcompetency(String subCode) {
    return subcompetencies.stream().filter(s -> s.getCode().equals(subCode)).findFirst();
  }

  private Subcompetency subcompetency(long id) {
    return subcompetencies.stream()
        .filter(s -> s.getId() != null && s.getId() == id)
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("framework.subcompetency")));
  }

  private void requireFreeCode(String subCode, Subcompetency except) {
    if (subCode == null) {
      return; // describe() names the missing code
    }
    for (Subcompetency s : subcompetencies) {
      if (s != except && s.getCode().equals(subCode.strip())) {
        throw new InvalidInputException(
            "code", Wording.of("framework.codeAlreadyUsedFramework", subCode.strip()));
      }
    }
  }

  private int nextOrder(CoreCompetency competency) {
    return competency == null
        ? subcompetencies.size() + 1
        : competency.ordinal() * 100
            + (int) subcompetencies.stream().filter(s -> s.getCompetency() == competency).count()
            + 1;
  }

  private void requireDraft() {
    if (status != FrameworkStatus.DRAFT) {
      throw new RuleViolationException(
          Wording.of("framework.versionPublishedCannotChange", frameworkVersion, code));
    }
  }

  private void requireDraftUnlessNew() {
    if (status != null) {
      requireDraft();
    }
  }

  public String getCode() {
    return code;
  }

  public int getFrameworkVersion() {
    return frameworkVersion;
  }

  public String getName() {
    return name;
  }

  public String getSpecialty() {
    return specialty;
  }

  public String getDescription() {
    return description;
  }

  public FrameworkStatus getStatus() {
    return status;
  }

  public Long getOwnerProgramId() {
    return ownerProgramId;
  }

  public Instant getPublishedAt() {
    return publishedAt;
  }

  public List<Subcompetency> getSubcompetencies() {
    return Collections.unmodifiableList(subcompetencies);
  }
}
