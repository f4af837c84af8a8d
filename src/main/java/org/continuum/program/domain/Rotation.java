package org.continuum.program.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/** A rotation of a program's curriculum: where, how long, its goals and its objectives. */
@Entity
@Table(name = "rotation")
public class Rotation extends BaseEntity {

  static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,19}");

  @Column(name = "program_id", nullable = false, updatable = false)
  private Long programId;

  @Column(name = "code", nullable = false, length = 20)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "site", nullable = false, length = 120)
  private String site;

  @Column(name = "length_weeks", nullable = false)
  private int lengthWeeks;

  @Column(name = "goals", length = 2000)
  private String goals;

  @Column(name = "active", nullable = false)
  private boolean active = true;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "rotation_objective", joinColumns = @JoinColumn(name = "rotation_id"))
  @OrderColumn(name = "seq")
  private List<RotationObjective> objectives = new ArrayList<>();

  protected Rotation() {}

  public Rotation(long programId) {
    this.programId = programId;
  }

  /** Sets everything, checking it all at once; objectives replace the old ones. */
  public void describe(
      String newCode,
      String newName,
      String newSite,
      int newLengthWeeks,
      String newGoals,
      List<RotationObjective> newObjectives) {
    Violations problems = new Violations();
    String validCode =
        problems.collect(
            () ->
                Check.matches(
                    "code",
                    Wording.of("label.code"),
                    Check.required("code", Wording.of("label.code"), newCode)
                        .toUpperCase(Locale.ROOT),
                    CODE,
                    Wording.of("rotation.n120CapitalLetters")));
    String validName =
        problems.collect(() -> Check.text("name", Wording.of("label.name"), newName, 2, 120));
    String validSite =
        problems.collect(() -> Check.text("site", Wording.of("label.site"), newSite, 2, 120));
    Integer validLength =
        problems.collect(
            () ->
                Check.range("lengthWeeks", Wording.of("label.lengthWeeks"), newLengthWeeks, 1, 52));
    String validGoals =
        problems.collect(
            () -> Check.optionalText("goals", Wording.of("label.goals"), newGoals, 2000));
    problems.run(
        () -> {
          if (newObjectives != null && newObjectives.size() > 30) {
            throw new InvalidInputException("objectives", Wording.of("rotation.rotationHasMost30"));
          }
        });
    problems.throwIfAny();
    this.code = validCode;
    this.name = validName;
    this.site = validSite;
    this.lengthWeeks = validLength;
    this.goals = validGoals;
    this.objectives.clear();
    if (newObjectives != null) {
      this.objectives.addAll(newObjectives);
    }
  }

  public void retire() {
    active = false;
  }

  public void reinstate() {
    active = true;
  }

  public Long getProgramId() {
    return programId;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getSite() {
    return site;
  }

  public int getLengthWeeks() {
    return lengthWeeks;
  }

  public String getGoals() {
    return goals;
  }

  public boolean isActive() {
    return active;
  }

  public List<RotationObjective> getObjectives() {
    return Collections.unmodifiableList(objectives);
  }
}
