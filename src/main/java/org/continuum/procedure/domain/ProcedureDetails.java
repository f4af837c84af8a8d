package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * The clinical facts of one logged procedure, checked against what the procedure needs. Immutable:
 * a correction makes a new value. No patient identifiers: age band and sex only, and free text is
 * screened.
 */
@Embeddable
public class ProcedureDetails implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int NOTE_LENGTH = 500;

  public static final int SITE_LENGTH = 120;

  public static final int COMPLICATION_NOTE_LENGTH = 300;

  /** Longest fluoroscopy time, in seconds (two hours), and highest air kerma, in mGy. */
  private static final BigDecimal MOST_FLUORO_SECONDS = BigDecimal.valueOf(7200);

  private static final BigDecimal MOST_FLUORO_DOSE = BigDecimal.valueOf(20000);

  /** ICD-10-CM: a letter (not U), two more characters, then up to four after the dot. */
  private static final Pattern ICD10 =
      Pattern.compile("([A-TV-Z][0-9][0-9A-Z])\\.?([0-9A-Z]{1,4})?");

  @Enumerated(EnumType.STRING)
  @Column(name = "trainee_role", nullable = false, length = 20)
  private TraineeRole role;

  @Enumerated(EnumType.STRING)
  @Column(name = "setting", nullable = false, length = 16)
  private ClinicalSetting setting;

  @Enumerated(EnumType.STRING)
  @Column(name = "spine_region", length = 12)
  private SpineRegion spineRegion;

  /** In the order given (e.g. L4-L5, L5-S1). */
  @Convert(converter = TextListColumn.class)
  @Column(name = "levels", length = 60)
  private List<String> levels = List.of();

  @Enumerated(EnumType.STRING)
  @Column(name = "laterality", length = 12)
  private Laterality laterality;

  @Enumerated(EnumType.STRING)
  @Column(name = "guidance", length = 16)
  private Guidance guidance;

  @Enumerated(EnumType.STRING)
  @Column(name = "age_band", nullable = false, length = 12)
  private AgeBand ageBand;

  @Enumerated(EnumType.STRING)
  @Column(name = "patient_sex", nullable = false, length = 8)
  private PatientSex sex;

  /** Up to three ICD-10-CM codes from the diagnosis list, the principal one first. */
  @Convert(converter = TextListColumn.class)
  @Column(name = "diagnosis_codes", length = 40)
  private List<String> diagnosisCodes = List.of();

  @Convert(converter = EnumSetColumn.Complications.class)
  @Column(name = "complications", nullable = false, length = 500)
  private Set<Complication> complications = EnumSet.noneOf(Complication.class);

  @Column(name = "note", length = NOTE_LENGTH)
  private String note;

  /** The counted details the procedure asks for (muscles, studies, units). */
  @Convert(converter = CountsColumn.class)
  @Column(name = "counts", length = 200)
  private Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);

  /** The joint, muscles or nerve treated, in words. */
  @Column(name = "site", length = SITE_LENGTH)
  private String site;

  @Column(name = "contrast_used")
  private Boolean contrastUsed;

  @Enumerated(EnumType.STRING)
  @Column(name = "sedation", length = 12)
  private Sedation sedation;

  @Column(name = "fluoro_seconds", precision = 6, scale = 1)
  private BigDecimal fluoroSeconds;

  @Column(name = "fluoro_dose_mgy", precision = 7, scale = 1)
  private BigDecimal fluoroDoseMgy;

  @Column(name = "trial_relief_percent")
  private Integer trialReliefPercent;

  @Column(name = "complication_note", length = COMPLICATION_NOTE_LENGTH)
  private String complicationNote;

  protected ProcedureDetails() {}

  /**
   * Checks an entry against the procedure and returns the details to store; every problem is
   * reported at once, each naming its field.
   */
  public static ProcedureDetails of(LogEntry entry, ProcedureType type, LogChecks checks) {
    PatientIdentifierGuard guard = checks.guard();
    ProcedureDetails d = new ProcedureDetails();
    Violations problems = new Violations();
    d.role =
        problems.collect(() -> Check.required("role", Wording.of("label.role"), entry.getRole()));
    d.setting =
        problems.collect(
            () -> Check.required("setting", Wording.of("label.setting"), entry.getSetting()));
    d.ageBand =
        problems.collect(
            () -> Check.required("ageBand", Wording.of("label.patientAge"), entry.getAgeBand()));
    d.sex =
        problems.collect(
            () -> Check.required("sex", Wording.of("label.patientSex"), entry.getSex()));
    if (type.asks(ProcedureField.VERTEBRAL_BODIES)) {
      // the bodies may span two regions (T12 and L1); the first one's region is the case's
      d.levels = problems.collect(() -> bodies(entry, type));
      d.spineRegion = d.levels == null ? null : regionOfBody(type, d.levels.get(0));
    } else {
      d.spineRegion = problems.collect(() -> region(entry, type));
      d.levels = problems.collect(() -> levels(entry, type, d.spineRegion));
    }
    d.laterality =
        type.asks(ProcedureField.LATERALITY)
            ? problems.collect(
                () -> Check.required("laterality", Wording.of("label.side"), entry.getLaterality()))
            : null;
    d.guidance = problems.collect(() -> guidance(entry, type));
    d.counts = counts(entry, type, problems);
    d.diagnosisCodes = problems.collect(() -> diagnoses(entry, checks.diagnoses()));
    d.site = problems.collect(() -> site(entry, type, guard));
    d.contrastUsed = type.asks(ProcedureField.CONTRAST) ? entry.getContrastUsed() : null;
    d.sedation = type.asks(ProcedureField.SEDATION) ? entry.getSedation() : null;
    d.trialReliefPercent =
        type.asks(ProcedureField.TRIAL_RELIEF) && entry.getTrialReliefPercent() != null
            ? problems.collect(
                () ->
                    Check.range(
                        "trialReliefPercent",
                        Wording.of("label.painReliefEndTrial"),
                        entry.getTrialReliefPercent(),
                        0,
                        100))
            : null;
    if (type.underFluoroscopy(d.guidance)
        && checks.fluoroscopy() != FluoroscopyRecording.NOT_ASKED) {
      boolean required = checks.fluoroscopy() == FluoroscopyRecording.REQUIRED;
      d.fluoroSeconds =
          problems.collect(
              () ->
                  measure(
                      "fluoroSeconds",
                      Wording.of("procedureDetails.fluoroscopyTimeSeconds"),
                      entry.getFluoroSeconds(),
                      MOST_FLUORO_SECONDS,
                      required));
      d.fluoroDoseMgy =
          problems.collect(
              () ->
                  measure(
                      "fluoroDoseMgy",
                      Wording.of("procedureDetails.fluoroscopyDoseAirKerma"),
                      entry.getFluoroDoseMgy(),
                      MOST_FLUORO_DOSE,
                      required));
    }
    d.complications =
        entry.getComplications() == null || entry.getComplications().isEmpty()
            ? EnumSet.noneOf(Complication.class)
            : EnumSet.copyOf(entry.getComplications());
    d.complicationNote =
        problems.collect(
            () -> complicationNote(entry, d.complications, guard, checks.fromAnotherSystem()));
    d.note =
        problems.collect(
            () -> {
              String note =
                  Check.optionalText(
                      "note", Wording.of("label.note"), entry.getNote(), NOTE_LENGTH);
              guard.check("note", Wording.of("label.note2"), note);
              return note;
            });
    problems.throwIfAny();
    return d;
  }

  /** The site in words, where the procedure asks for one; never a patient identifier. */
  private static String site(LogEntry entry, ProcedureType type, PatientIdentifierGuard guard) {
    var field = type.siteField();
    if (field.isEmpty()) {
      return null;
    }
    String title = field.get().siteTitle();
    String site = Check.optionalText("site", title, entry.getSite(), SITE_LENGTH);
    guard.check("site", title, site);
    return site;
  }

  /** A C-arm reading: zero or more, below the limit, to one decimal place. */
  private static BigDecimal measure(
      String field, String label, BigDecimal value, BigDecimal most, boolean required) {
    if (value == null) {
      if (required) {
        throw new InvalidInputException(
            field, Wording.of("procedureDetails.requiredProgramRecordsCases", label));
      }
      return null;
    }
    if (value.signum() < 0 || value.compareTo(most) > 0) {
      throw new InvalidInputException(
          field, Wording.of("procedureDetails.between0", label, most.toPlainString()));
    }
    if (value.stripTrailingZeros().scale() > 1) {
      throw new InvalidInputException(
          field, Wording.of("procedureDetails.takesOneDecimalPlace", label));
    }
    return value.setScale(1, RoundingMode.UNNECESSARY);
  }

  /** What happened, in words; "Other" must say what, unless another system recorded it. */
  private static String complicationNote(
      LogEntry entry,
      Set<Complication> complications,
      PatientIdentifierGuard guard,
      boolean fromAnotherSystem) {
    String label = Wording.of("label.complicationDetails");
    String note =
        Check.optionalText(
            "complicationNote", label, entry.getComplicationNote(), COMPLICATION_NOTE_LENGTH);
    if (note == null && complications.contains(Complication.OTHER) && !fromAnotherSystem) {
      throw new InvalidInputException(
          "complicationNote", Wording.of("procedureDetails.complicationDetailsRequiredOther"));
    }
    guard.check("complicationNote", label, note);
    return note;
  }

  private static Map<Quantity, Integer> counts(
      LogEntry entry, ProcedureType type, Violations problems) {
    Map<Quantity, Integer> given = entry.getCounts();
    Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
    for (Quantity q : type.getQuantities()) {
      Integer n =
          problems.collect(
              () -> {
                Integer value = given == null ? null : given.get(q);
                if (value == null && q.optional()) {
                  return 0;
                }
                Integer required =
                    Check.required(CodingRuleBook.fieldOf(q.key()), q.title(), value);
                if (q.isFlag()) {
                  return required;
                }
                return Check.range(
                    CodingRuleBook.fieldOf(q.key()), q.title(), required, q.least(), q.most());
              });
      if (n != null) {
        counts.put(q, n);
      }
    }
    problems.run(() -> requireFourLimbs(counts));
    return counts;
  }

  /** Counts that share one limit: there are four limbs, however they were injected or studied. */
  private static final List<List<Quantity>> LIMBS =
      List.of(
          List.of(Quantity.SMALL_LIMBS, Quantity.LARGE_LIMBS),
          List.of(Quantity.EMG_LIMBS, Quantity.LIMITED_EMG_LIMBS));

  private static void requireFourLimbs(Map<Quantity, Integer> counts) {
    for (List<Quantity> group : LIMBS) {
      int total = group.stream().mapToInt(q -> counts.getOrDefault(q, 0)).sum();
      if (total > 4) {
        throw new InvalidInputException(
            "counts",
            Wording.of(
                "procedureDetails.addUpThereFour",
                group.get(0).title(),
                group.get(1).title().toLowerCase(Locale.ROOT),
                total));
      }
    }
  }

  /**
   * Refuses to code an entry logged before codes were derived whose details the catalog no longer
   * allows: guidance its codes do not include (an ultrasound-guided medial branch block is not
   * 64493), or disc segments where the codes count vertebral bodies.
   */
  void requireStillCodable(ProcedureType type) {
    if (type.asks(ProcedureField.GUIDANCE)
        && guidance != null
        && !type.getGuidanceOptions().contains(guidance)) {
      throw new InvalidInputException(
          "guidance",
          Wording.of(
              "procedureDetails.wasLoggedGuidanceWhich",
              guidance.title().toLowerCase(Locale.ROOT),
              type.getName()));
    }
    if (type.asks(ProcedureField.VERTEBRAL_BODIES)
        && getLevels().stream().anyMatch(l -> regionOfBody(type, l) == null)) {
      throw new InvalidInputException(
          "levels",
          Wording.of("procedureDetails.itsLevelsVertebralBodies", String.join(", ", getLevels())));
    }
  }

  /** What the case's codes depend on. */
  public CodingFacts codingFacts() {
    return new CodingFacts(
        guidance, spineRegion, laterality, levels == null ? 0 : levels.size(), getCounts());
  }

  private static SpineRegion region(LogEntry entry, ProcedureType type) {
    Set<SpineRegion> allowed = type.getRegions();
    if (!type.asks(ProcedureField.SPINE_REGION)) {
      return allowed.size() == 1 ? allowed.iterator().next() : null;
    }
    SpineRegion region =
        Check.required("spineRegion", Wording.of("label.spineRegion"), entry.getSpineRegion());
    if (!allowed.contains(region)) {
      throw new InvalidInputException(
          "spineRegion",
          Wording.of("procedureDetails.spineRegionOne", titles(allowed), type.getName()));
    }
    return region;
  }

  private static List<String> levels(LogEntry entry, ProcedureType type, SpineRegion region) {
    if (!type.asks(ProcedureField.LEVELS)) {
      return List.of();
    }
    List<String> clean = chosenLevels(entry, type);
    for (String level : clean) {
      boolean known =
          region == null
              ? Arrays.stream(SpineRegion.values()).anyMatch(r -> r.hasLevel(level))
              : region.hasLevel(level);
      if (!known) {
        throw new InvalidInputException(
            "levels",
            Wording.of(
                "procedureDetails.levelLevelWriteLike",
                level,
                (region == null ? "spinal" : region.title().toLowerCase(Locale.ROOT))));
      }
    }
    return clean;
  }

  /** The levels given, each once, in upper case; at least one and at most the procedure's most. */
  private static List<String> chosenLevels(LogEntry entry, ProcedureType type) {
    List<String> given = entry.getLevels() == null ? List.of() : entry.getLevels();
    Set<String> clean = new LinkedHashSet<>();
    for (String level : given) {
      if (level != null && !level.isBlank()) {
        clean.add(level.strip().toUpperCase(Locale.ROOT));
      }
    }
    if (clean.isEmpty()) {
      throw new InvalidInputException(
          "levels", Wording.of("procedureDetails.levelsRequiredChooseLeast"));
    }
    if (clean.size() > type.getMaxLevels()) {
      throw new InvalidInputException(
          "levels",
          Wording.of("procedureDetails.chooseMostLevels", type.getMaxLevels(), type.getName()));
    }
    return List.copyOf(clean);
  }

  /** Vertebral bodies of any of the procedure's regions (T12 and L1 for one kyphoplasty). */
  private static List<String> bodies(LogEntry entry, ProcedureType type) {
    List<String> clean = chosenLevels(entry, type);
    for (String level : clean) {
      if (regionOfBody(type, level) == null) {
        throw new InvalidInputException(
            "levels",
            Wording.of(
                "procedureDetails.levelVertebralBodyTreats",
                level,
                type.getName().toLowerCase(Locale.ROOT)));
      }
    }
    return clean;
  }

  /** The region of the procedure's whose vertebral body this is; null if none. */
  static SpineRegion regionOfBody(ProcedureType type, String level) {
    for (SpineRegion region : type.getRegions()) {
      if (region.vertebrae().contains(level)) {
        return region;
      }
    }
    return null;
  }

  private static Guidance guidance(LogEntry entry, ProcedureType type) {
    if (!type.asks(ProcedureField.GUIDANCE)) {
      return null;
    }
    Guidance guidance =
        entry.getGuidance() == null ? type.getDefaultGuidance() : entry.getGuidance();
    Check.required("guidance", Wording.of("label.guidance"), guidance);
    if (!type.getGuidanceOptions().contains(guidance)) {
      throw new InvalidInputException(
          "guidance",
          Wording.of(
              "procedureDetails.guidanceOne", titlesOf(type.getGuidanceOptions()), type.getName()));
    }
    return guidance;
  }

  /** At most this many diagnoses per case, as the accreditor's case log takes them. */
  public static final int MOST_DIAGNOSES = 3;

  /** Up to three diagnoses, each once, each on the diagnosis list. */
  private static List<String> diagnoses(LogEntry entry, DiagnosisList list) {
    Set<String> codes = new LinkedHashSet<>();
    for (String given :
        entry.getDiagnosisCodes() == null ? List.<String>of() : entry.getDiagnosisCodes()) {
      String code = normalDiagnosis(given);
      if (code == null) {
        continue;
      }
      if (list.find(code).isEmpty()) {
        throw new InvalidInputException(
            "diagnosisCodes", Wording.of("procedureDetails.diagnosisProgramsDiagnosisList", code));
      }
      codes.add(code);
    }
    if (codes.size() > MOST_DIAGNOSES) {
      throw new InvalidInputException(
          "diagnosisCodes",
          Wording.of("procedureDetails.giveMostDiagnosesPrincipal", MOST_DIAGNOSES));
    }
    return List.copyOf(codes);
  }

  /** Normalises an ICD-10-CM code to upper case with its dot (m54.16 becomes M54.16). */
  public static String normalDiagnosis(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String compact = code.strip().toUpperCase(Locale.ROOT);
    var m = ICD10.matcher(compact);
    if (!m.matches()) {
      throw new InvalidInputException(
          "diagnosisCodes", Wording.of("procedureDetails.diagnosisIcd10Code", code.strip()));
    }
    return m.group(2) == null ? m.group(1) : m.group(1) + "." + m.group(2);
  }

  /**
   * Region, levels, site, side, guidance and any complications in one short line ("Lumbar L4-L5 ·
   * Left · Fluoroscopy", "Knee · Right · Ultrasound").
   */
  public String summary() {
    StringBuilder s = new StringBuilder();
    if (spineRegion != null) {
      s.append(spineRegion.title());
    }
    if (levels != null && !levels.isEmpty()) {
      s.append(s.isEmpty() ? "" : " ").append(String.join(", ", levels));
    }
    if (site != null) {
      s.append(s.isEmpty() ? "" : " · ").append(site);
    }
    if (laterality != null) {
      s.append(s.isEmpty() ? "" : " · ").append(laterality.title());
    }
    if (guidance != null) {
      s.append(s.isEmpty() ? "" : " · ").append(guidance.title());
    }
    if (complications != null && !complications.isEmpty()) {
      s.append(s.isEmpty() ? "" : " · ")
          .append(Wording.of("procedureDetails.complications"))
          .append(String.join(", ", complications.stream().map(Complication::title).toList()));
    }
    return s.toString();
  }

  private static String titles(Set<SpineRegion> regions) {
    return String.join(", ", regions.stream().map(SpineRegion::title).toList());
  }

  private static String titlesOf(Set<Guidance> options) {
    return String.join(", ", options.stream().map(Guidance::title).toList());
  }

  public TraineeRole getRole() {
    return role;
  }

  public ClinicalSetting getSetting() {
    return setting;
  }

  public SpineRegion getSpineRegion() {
    return spineRegion;
  }

  public List<String> getLevels() {
    return levels == null ? new ArrayList<>() : new ArrayList<>(levels);
  }

  public Laterality getLaterality() {
    return laterality;
  }

  public Guidance getGuidance() {
    return guidance;
  }

  public AgeBand getAgeBand() {
    return ageBand;
  }

  public PatientSex getSex() {
    return sex;
  }

  /** The principal diagnosis, or null. */
  public String getDiagnosisCode() {
    return diagnosisCodes == null || diagnosisCodes.isEmpty() ? null : diagnosisCodes.get(0);
  }

  public List<String> getDiagnosisCodes() {
    return diagnosisCodes == null ? new ArrayList<>() : new ArrayList<>(diagnosisCodes);
  }

  public Set<Complication> getComplications() {
    return complications.isEmpty()
        ? EnumSet.noneOf(Complication.class)
        : EnumSet.copyOf(complications);
  }

  public String getNote() {
    return note;
  }

  public String getSite() {
    return site;
  }

  public Boolean getContrastUsed() {
    return contrastUsed;
  }

  public Sedation getSedation() {
    return sedation;
  }

  public BigDecimal getFluoroSeconds() {
    return fluoroSeconds;
  }

  public BigDecimal getFluoroDoseMgy() {
    return fluoroDoseMgy;
  }

  public Integer getTrialReliefPercent() {
    return trialReliefPercent;
  }

  public String getComplicationNote() {
    return complicationNote;
  }

  public Map<Quantity, Integer> getCounts() {
    return counts == null || counts.isEmpty()
        ? new EnumMap<>(Quantity.class)
        : new EnumMap<>(counts);
  }
}
