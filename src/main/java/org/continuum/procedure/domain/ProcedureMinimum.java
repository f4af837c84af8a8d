package org.continuum.procedure.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

/**
 * A program standard: at least {@code requiredCount} verified procedures of a category, of one
 * procedure, or whose primary CPT code is one of a set, counting only the listed trainee roles,
 * with optional cumulative targets by the end of each PGY year.
 */
@Entity
@Cacheable
@Table(name = "procedure_minimum")
public class ProcedureMinimum extends BaseEntity {

  @Column(name = "program_id", nullable = false, updatable = false)
  private Long programId;

  @Column(name = "label", nullable = false, length = 120)
  private String label;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "category_id")
  private ProcedureCategory category;

  @ManyToOne(fetch = FetchType.EAGER)
  @JoinColumn(name = "procedure_type_id")
  private ProcedureType procedureType;

  /** Primary CPT codes that count ("64483,64479"), without add-on marks; null for the others. */
  @Column(name = "cpt_codes", length = 300)
  private String cptCodes;

  @Column(name = "required_count", nullable = false)
  private int requiredCount;

  @Convert(converter = EnumSetColumn.Roles.class)
  @Column(name = "counted_roles", nullable = false, length = 80)
  private Set<TraineeRole> countedRoles = EnumSet.noneOf(TraineeRole.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "procedure_minimum_interim",
      joinColumns = @JoinColumn(name = "minimum_id"))
  @OrderBy("pgy")
  @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
  private List<InterimTarget> interimTargets = new ArrayList<>();

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  protected ProcedureMinimum() {}

  public ProcedureMinimum(long programId) {
    this.programId = programId;
  }

  /**
   * Sets what the minimum counts. Exactly one of category, procedure and CPT codes (a case counts
   * when its primary code is one of them); at least one role; interim targets (PGY to cumulative
   * count) rise with the PGY and do not exceed the minimum.
   */
  public void define(
      String newLabel,
      ProcedureCategory newCategory,
      ProcedureType newType,
      List<String> newCodes,
      int newRequiredCount,
      Set<TraineeRole> newRoles,
      Map<Integer, Integer> newInterim,
      int newDisplayOrder) {
    Violations problems = new Violations();
    String validLabel =
        problems.collect(() -> Check.text("label", Wording.of("label.name"), newLabel, 2, 120));
    List<String> codes = newCodes == null ? List.of() : newCodes;
    String validCodes =
        problems.collect(
            () -> {
              int targets =
                  (newCategory == null ? 0 : 1)
                      + (newType == null ? 0 : 1)
                      + (codes.isEmpty() ? 0 : 1);
              if (targets != 1) {
                throw new InvalidInputException(
                    "target", Wording.of("procedureMinimum.countCategoryOneProcedure"));
              }
              return codes.isEmpty() ? null : validCodes(codes);
            });
    Integer validCount =
        problems.collect(
            () ->
                Check.range(
                    "requiredCount", Wording.of("label.minimum"), newRequiredCount, 1, 5000));
    problems.run(
        () -> {
          if (newRoles == null || newRoles.isEmpty()) {
            throw new InvalidInputException(
                "countedRoles", Wording.of("procedureMinimum.chooseLeastOneRole"));
          }
        });
    List<InterimTarget> targets = new ArrayList<>();
    problems.run(() -> targets.addAll(interim(newInterim, newRequiredCount)));
    problems.throwIfAny();
    this.label = validLabel;
    this.category = newCategory;
    this.procedureType = newType;
    this.cptCodes = validCodes;
    this.requiredCount = validCount;
    this.countedRoles = EnumSet.copyOf(newRoles);
    this.interimTargets.clear();
    this.interimTargets.addAll(targets);
    this.displayOrder = newDisplayOrder;
  }

  private static List<InterimTarget> interim(Map<Integer, Integer> given, int required) {
    List<InterimTarget> targets = new ArrayList<>();
    if (given == null) {
      return targets;
    }
    Set<Integer> seen = new HashSet<>();
    given.forEach(
        (pgy, count) -> {
          if (pgy == null || pgy < 1 || pgy > 10 || !seen.add(pgy)) {
            throw new InvalidInputException(
                "interimTargets", Wording.of("procedureMinimum.eachInterimTargetNeeds"));
          }
          if (count == null || count < 0 || count > required) {
            throw new InvalidInputException(
                "interimTargets",
                Wording.of("procedureMinimum.targetEndPgyBetween", pgy, required));
          }
          targets.add(new InterimTarget(pgy, count));
        });
    targets.sort(Comparator.comparingInt(InterimTarget::pgy));
    for (int i = 1; i < targets.size(); i++) {
      if (targets.get(i).cumulativeCount() < targets.get(i - 1).cumulativeCount()) {
        throw new InvalidInputException(
            "interimTargets", Wording.of("procedureMinimum.interimTargetsCumulativeThey"));
      }
    }
    return targets;
  }

  private static final Pattern CPT = Pattern.compile("[0-9]{4}[0-9A-Z]|[A-V][0-9]{4}");

  private static String validCodes(List<String> codes) {
    Set<String> clean = new LinkedHashSet<>();
    for (String c : codes) {
      String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT).replace("+", "");
      if (code.isEmpty()) {
        continue;
      }
      if (!CPT.matcher(code).matches()) {
        throw new InvalidInputException(
            "cptCodes", Wording.of("procedureMinimum.cptCodeFiveCharacters", c.strip()));
      }
      clean.add(code);
    }
    if (clean.isEmpty() || clean.size() > 40) {
      throw new InvalidInputException("cptCodes", Wording.of("procedureMinimum.list140Cpt"));
    }
    return String.join(",", clean);
  }

  /** Whether a case of this procedure, with this primary code, in this role, counts. */
  public boolean counts(ProcedureType type, String primaryCode, TraineeRole role) {
    return countsCase(type.getId(), type.getCategory().getId(), primaryCode)
        && countedRoles.contains(role);
  }

  /**
   * Whether a case (its procedure by id and category id, and its primary code, empty if it has
   * none) is within the minimum, whatever the role.
   */
  public boolean countsCase(long typeId, long categoryId, String primaryCode) {
    if (cptCodes != null) {
      return getCptCodes().contains(primaryCode);
    }
    return procedureType != null ? procedureType.getId() == typeId : category.getId() == categoryId;
  }

  /** The primary CPT codes the minimum counts; empty unless it counts codes. */
  public List<String> getCptCodes() {
    return cptCodes == null ? List.of() : List.of(cptCodes.split(","));
  }

  public Long getProgramId() {
    return programId;
  }

  public String getLabel() {
    return label;
  }

  public ProcedureCategory getCategory() {
    return category;
  }

  public ProcedureType getProcedureType() {
    return procedureType;
  }

  public int getRequiredCount() {
    return requiredCount;
  }

  public Set<TraineeRole> getCountedRoles() {
    return countedRoles.isEmpty()
        ? EnumSet.noneOf(TraineeRole.class)
        : EnumSet.copyOf(countedRoles);
  }

  public List<InterimTarget> getInterimTargets() {
    return List.copyOf(interimTargets);
  }

  public int getDisplayOrder() {
    return displayOrder;
  }
}
