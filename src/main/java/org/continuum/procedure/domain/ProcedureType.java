package org.continuum.procedure.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * A catalog entry: what can be logged, the CPT codes its coding rules may give (for search and to
 * check the rules), abbreviations for search, its category for minimums, and which of the optional
 * questions (spine region, levels, laterality, guidance, counted details) it needs.
 */
@Entity
@Cacheable
@Table(name = "procedure_type")
public class ProcedureType extends BaseEntity {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");

  /** CPT (64483, 0213T), add-on codes (+64484) and HCPCS level II codes (G0260). */
  private static final Pattern CPT = Pattern.compile("\\+?(?:[0-9]{4}[0-9A-Z]|[A-V][0-9]{4})");

  @Column(name = "code", nullable = false, unique = true, length = 40, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "category_id", nullable = false)
  private ProcedureCategory category;

  /** Comma-separated, the primary code first; "+" marks an add-on code. */
  @Column(name = "cpt_codes", nullable = false, length = 120)
  private String cptCodes;

  /** The codes listed before codes were derived (migration V19); null for newer entries. */
  @Column(name = "legacy_cpt_codes", length = 120, updatable = false)
  private String legacyCptCodes;

  /** Lower-case words searched besides name and codes: abbreviations, synonyms. */
  @Column(name = "search_terms", nullable = false, length = 300)
  private String searchTerms;

  @Convert(converter = EnumSetColumn.Fields.class)
  @Column(name = "fields", nullable = false, length = 120)
  private Set<ProcedureField> fields = EnumSet.noneOf(ProcedureField.class);

  @Convert(converter = EnumSetColumn.Regions.class)
  @Column(name = "regions", nullable = false, length = 60)
  private Set<SpineRegion> regions = EnumSet.noneOf(SpineRegion.class);

  @Convert(converter = EnumSetColumn.Guidances.class)
  @Column(name = "guidance_options", nullable = false, length = 60)
  private Set<Guidance> guidanceOptions = EnumSet.noneOf(Guidance.class);

  /** The counted details asked (muscles, studies, units), in declaration order. */
  @Convert(converter = EnumSetColumn.Quantities.class)
  @Column(name = "quantities", nullable = false, length = 200)
  private Set<Quantity> quantities = EnumSet.noneOf(Quantity.class);

  @Enumerated(EnumType.STRING)
  @Column(name = "default_guidance", length = 16)
  private Guidance defaultGuidance;

  @Column(name = "max_levels", nullable = false)
  private int maxLevels;

  @Column(name = "active", nullable = false)
  private boolean active;

  protected ProcedureType() {}

  public ProcedureType(String code, ProcedureCategory category) {
    this.code =
        Check.matches(
            "code",
            Wording.of("label.procedureCode"),
            Check.required("code", Wording.of("label.procedureCode"), code)
                .toUpperCase(Locale.ROOT),
            CODE,
            Wording.of("procedureType.n240CapitalLetters"));
    this.category = Check.required("category", Wording.of("label.category"), category);
    this.active = true;
  }

  /** Sets everything but the code, checking it all at once. */
  public void describe(
      String newName,
      ProcedureCategory newCategory,
      List<String> newCptCodes,
      List<String> newSearchTerms,
      Set<ProcedureField> newFields,
      Set<SpineRegion> newRegions,
      Set<Guidance> newGuidanceOptions,
      Guidance newDefaultGuidance,
      int newMaxLevels,
      Set<Quantity> newQuantities) {
    Violations problems = new Violations();
    String validName =
        problems.collect(
            () -> Check.text("name", Wording.of("label.procedureName"), newName, 3, 200));
    ProcedureCategory validCategory =
        problems.collect(
            () -> Check.required("category", Wording.of("label.category"), newCategory));
    String codes = problems.collect(() -> validCptCodes(newCptCodes));
    Set<ProcedureField> fieldSet = newFields == null ? Set.of() : newFields;
    Set<SpineRegion> regionSet = newRegions == null ? Set.of() : newRegions;
    Set<Guidance> guidanceSet = newGuidanceOptions == null ? Set.of() : newGuidanceOptions;
    problems.run(
        () -> {
          if (fieldSet.contains(ProcedureField.SPINE_REGION) && regionSet.isEmpty()) {
            throw new InvalidInputException(
                "regions", Wording.of("procedureType.procedureAsksSpineRegion"));
          }
          if (fieldSet.contains(ProcedureField.GUIDANCE) && guidanceSet.isEmpty()) {
            throw new InvalidInputException(
                "guidanceOptions", Wording.of("procedureType.procedureAsksGuidanceLists"));
          }
          if (fieldSet.contains(ProcedureField.VERTEBRAL_BODIES)
              && (!fieldSet.contains(ProcedureField.LEVELS) || regionSet.isEmpty())) {
            throw new InvalidInputException(
                "fields", Wording.of("procedureType.procedureTreatsVertebralBodies"));
          }
          if (fieldSet.stream().filter(ProcedureField::isSite).count() > 1) {
            throw new InvalidInputException(
                "fields", Wording.of("procedureType.procedureAsksOneSite"));
          }
          if (newDefaultGuidance != null && !guidanceSet.contains(newDefaultGuidance)) {
            throw new InvalidInputException(
                "defaultGuidance", Wording.of("procedureType.defaultGuidanceOneProcedures"));
          }
        });
    problems.collect(
        () -> Check.range("maxLevels", Wording.of("label.mostLevels"), newMaxLevels, 0, 6));
    problems.throwIfAny();
    this.name = validName;
    this.category = validCategory;
    this.cptCodes = codes;
    this.searchTerms = searchText(newSearchTerms);
    this.fields =
        fieldSet.isEmpty() ? EnumSet.noneOf(ProcedureField.class) : EnumSet.copyOf(fieldSet);
    this.regions =
        regionSet.isEmpty() ? EnumSet.noneOf(SpineRegion.class) : EnumSet.copyOf(regionSet);
    this.guidanceOptions =
        guidanceSet.isEmpty() ? EnumSet.noneOf(Guidance.class) : EnumSet.copyOf(guidanceSet);
    this.defaultGuidance = newDefaultGuidance;
    this.maxLevels = fieldSet.contains(ProcedureField.LEVELS) ? Math.max(1, newMaxLevels) : 0;
    this.quantities =
        newQuantities == null || newQuantities.isEmpty()
            ? EnumSet.noneOf(Quantity.class)
            : EnumSet.copyOf(newQuantities);
  }

  private static String validCptCodes(List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      throw new InvalidInputException("cptCodes", Wording.of("procedureType.leastOneCptCode"));
    }
    List<String> clean = new ArrayList<>();
    for (String c : codes) {
      String code = c == null ? "" : c.strip().toUpperCase(Locale.ROOT);
      if (!CPT.matcher(code).matches()) {
        throw new InvalidInputException(
            "cptCodes", Wording.of("procedureType.cptCodeFiveCharacters", c));
      }
      clean.add(code);
    }
    return String.join(",", clean);
  }

  private static String searchText(List<String> terms) {
    if (terms == null) {
      return "";
    }
    return String.join(
        " ",
        terms.stream()
            .map(t -> t.strip().toLowerCase(Locale.ROOT))
            .filter(t -> !t.isEmpty())
            .toList());
  }

  public boolean asks(ProcedureField field) {
    return fields.contains(field);
  }

  /** The site the procedure asks for (the joint, the muscles), if any. */
  public Optional<ProcedureField> siteField() {
    return fields.stream().filter(ProcedureField::isSite).findFirst();
  }

  /** Whether a case with this guidance was done under fluoroscopy. */
  public boolean underFluoroscopy(Guidance guidance) {
    return ProcedureField.underFluoroscopy(fields, guidance);
  }

  public void retire() {
    active = false;
  }

  public void reinstate() {
    active = true;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public ProcedureCategory getCategory() {
    return category;
  }

  public List<String> getCptCodes() {
    return cptCodes == null || cptCodes.isEmpty() ? List.of() : Arrays.asList(cptCodes.split(","));
  }

  /**
   * The code the export gave before codes were derived: the first listed that is not an add-on;
   * null for a procedure added since.
   */
  public String legacyPrimaryCode() {
    if (legacyCptCodes == null) {
      return null;
    }
    for (String code : legacyCptCodes.split(",")) {
      if (!code.startsWith("+")) {
        return code;
      }
    }
    return null;
  }

  public String getSearchTerms() {
    return searchTerms;
  }

  public Set<ProcedureField> getFields() {
    return fields.isEmpty() ? EnumSet.noneOf(ProcedureField.class) : EnumSet.copyOf(fields);
  }

  public Set<SpineRegion> getRegions() {
    return regions.isEmpty() ? EnumSet.noneOf(SpineRegion.class) : EnumSet.copyOf(regions);
  }

  public Set<Guidance> getGuidanceOptions() {
    return guidanceOptions.isEmpty()
        ? EnumSet.noneOf(Guidance.class)
        : EnumSet.copyOf(guidanceOptions);
  }

  public Set<Quantity> getQuantities() {
    return quantities.isEmpty() ? EnumSet.noneOf(Quantity.class) : EnumSet.copyOf(quantities);
  }

  public Guidance getDefaultGuidance() {
    return defaultGuidance;
  }

  public int getMaxLevels() {
    return maxLevels;
  }

  public boolean isActive() {
    return active;
  }
}
