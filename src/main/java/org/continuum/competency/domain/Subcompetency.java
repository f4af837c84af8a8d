package org.continuum.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import java.util.regex.Pattern;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * One subcompetency of a framework version (e.g. PC4, "Procedural skills"), with its level
 * descriptors. Part of the {@link Framework} aggregate: changed only through it, and only while the
 * framework is a draft. Evaluations refer to it by id, so a published one is never rewritten.
 */
@Entity
@Table(name = "subcompetency")
public class Subcompetency {

  /** Competency letters then a number, optionally a letter: PC1, MK2, SBP4, PROF3a. */
  static final Pattern CODE = Pattern.compile("[A-Z]{2,4}[0-9]{1,2}[a-z]?");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "framework_id", nullable = false, updatable = false)
  private Framework framework;

  @Column(name = "code", nullable = false, length = 12)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(name = "competency", nullable = false, length = 8)
  private CoreCompetency competency;

  @Column(name = "title", nullable = false, length = 200)
  private String title;

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  @Embedded private LevelDescriptors levels;

  protected Subcompetency() {}

  Subcompetency(Framework framework) {
    this.framework = framework;
  }

  /** Sets everything, checking it all at once. */
  void describe(
      String newCode,
      CoreCompetency newCompetency,
      String newTitle,
      List<String> newLevels,
      int newDisplayOrder) {
    Violations problems = new Violations();
    String validCode =
        problems.collect(
            () ->
                Check.matches(
                    "code",
                    Wording.of("label.code"),
                    Check.required("code", Wording.of("label.code"), newCode),
                    CODE,
                    Wording.of("subcompetency.competencysLettersNumberLike")));
    CoreCompetency validCompetency =
        problems.collect(
            () -> Check.required("competency", Wording.of("label.competency"), newCompetency));
    String validTitle =
        problems.collect(() -> Check.text("title", Wording.of("label.title"), newTitle, 3, 200));
    LevelDescriptors validLevels = problems.collect(() -> LevelDescriptors.of(newLevels));
    problems.throwIfAny();
    this.code = validCode;
    this.competency = validCompetency;
    this.title = validTitle;
    this.levels = validLevels;
    this.displayOrder = newDisplayOrder;
  }

  Subcompetency copyInto(Framework other) {
    Subcompetency copy = new Subcompetency(other);
    copy.describe(code, competency, title, levels.asList(), displayOrder);
    return copy;
  }

  public Long getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getCode() {
    return code;
  }

  public CoreCompetency getCompetency() {
    return competency;
  }

  public String getTitle() {
    return title;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }

  public List<String> getLevels() {
    return levels.asList();
  }
}
