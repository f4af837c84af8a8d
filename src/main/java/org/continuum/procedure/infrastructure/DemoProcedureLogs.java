package org.continuum.procedure.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.continuum.procedure.application.CaseLogSettingsChanged;
import org.continuum.procedure.application.CodingRules;
import org.continuum.procedure.domain.AgeBand;
import org.continuum.procedure.domain.CaseLogSettingsRepository;
import org.continuum.procedure.domain.ClinicalSetting;
import org.continuum.procedure.domain.Complication;
import org.continuum.procedure.domain.FluoroscopyRecording;
import org.continuum.procedure.domain.Guidance;
import org.continuum.procedure.domain.ImportAttestation;
import org.continuum.procedure.domain.Laterality;
import org.continuum.procedure.domain.LogChecks;
import org.continuum.procedure.domain.LogEntry;
import org.continuum.procedure.domain.LogSource;
import org.continuum.procedure.domain.PatientSex;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureField;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.ProcedureType;
import org.continuum.procedure.domain.Quantity;
import org.continuum.procedure.domain.Sedation;
import org.continuum.procedure.domain.SpineRegion;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.program.application.Enrollments;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramFaculty;
import org.continuum.program.application.ProgramView;
import org.continuum.program.domain.RosterRow;
import org.continuum.seed.application.SeedContributor;
import org.continuum.seed.application.SeedDocuments;
import org.continuum.shared.application.InstitutionTime;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Sha256;
import org.continuum.shared.domain.Wording;

/**
 * Generates the demo programs' procedure logs from a "demo-procedure-logs" description: for each
 * trainee in training, procedures on weekdays at the given weekly rates, roles by PGY, supervisors
 * among the program's faculty, and states by age (recent entries mostly waiting, older ones mostly
 * settled). Random but repeatable: the same description and people give the same logs.
 *
 * <p>A seed never acts in a person's name: no entry is verified, returned or voided by the demo
 * faculty or trainees. An entry that stands for a settled one is IMPORTED, attested by nobody and
 * naming the seed it came from, as the screens show it; the demo people verify and return the
 * waiting ones themselves.
 */
@ApplicationScoped
public class DemoProcedureLogs implements SeedContributor {

  public record Document(
      String kind,
      String id,
      int version,
      String description,
      long seed,
      int weeks,
      int recentDays,
      Map<String, Double> recentStates,
      Map<String, Double> olderStates,
      List<ProgramEntry> programs) {}

  /** fluoroscopy: whether the program records fluoroscopy time and dose (none if absent). */
  public record ProgramEntry(
      String program,
      Map<String, Double> perWeek,
      Map<String, Map<TraineeRole, Double>> roles,
      FluoroscopyRecording fluoroscopy) {}

  /** The states a seed may give an entry: waiting, or settled without anyone's verification. */
  private static final Set<String> STATES = Set.of("PENDING", "IMPORTED");

  @Inject ProgramAdministration programs;
  @Inject Enrollments enrollments;
  @Inject ProgramFaculty faculty;
  @Inject ProcedureCatalogRepository catalog;
  @Inject ProcedureLogRepository logs;
  @Inject CodingRules coding;
  @Inject CaseLogSettingsRepository caseLogSettings;
  @Inject Event<CaseLogSettingsChanged> settingsChanged;
  @Inject InstitutionTime time;
  @Inject Clock clock;

  @Override
  public String kind() {
    return "demo-procedure-logs";
  }

  @Override
  public boolean demoOnly() {
    return true;
  }

  @Override
  public List<String> apply(String json) {
    Document document = SeedDocuments.bind(json, Document.class, kind());
    for (String field : List.of("recentStates", "olderStates")) {
      Map<String, Double> states =
          field.equals("recentStates") ? document.recentStates() : document.olderStates();
      if (states == null || !STATES.containsAll(states.keySet())) {
        throw new InvalidInputException(
            field, Wording.of("demoProcedureLogs.statesPendingImportedSeed"));
      }
    }
    ImportAttestation attestation =
        ImportAttestation.ofDemoSeed(
            clock.instant(), document.id(), Sha256.hex(json.getBytes(StandardCharsets.UTF_8)));
    List<String> report = new ArrayList<>();
    SeedDocuments.each(
        "programs", document.programs(), p -> report.add(program(document, attestation, p)));
    return report;
  }

  private String program(Document document, ImportAttestation attestation, ProgramEntry entry) {
    ProgramView program = programs.requireByCode("program", entry.program());
    Map<ProcedureType, Double> mix = new LinkedHashMap<>();
    entry
        .perWeek()
        .forEach(
            (code, rate) ->
                mix.put(
                    catalog
                        .findType(code)
                        .orElseThrow(
                            () ->
                                new InvalidInputException(
                                    "perWeek",
                                    Wording.of("demoProcedureLogs.procedureKnown", code))),
                    rate));
    List<Long> supervisors =
        faculty.current(program.id()).stream().map(ProgramFaculty.FacultyMember::id).toList();
    if (supervisors.isEmpty()) {
      throw new InvalidInputException(
          "program", Wording.of("demoProcedureLogs.programHasFacultySupervise", program.code()));
    }
    List<RosterRow> trainees =
        enrollments
            .roster(
                program.id(),
                enrollments.currentAcademicYear(),
                PageRequest.of(0, PageRequest.MAX_LIMIT))
            .items();
    if (entry.fluoroscopy() != null) {
      caseLogSettings.forChange(program.id()).recordFluoroscopy(entry.fluoroscopy());
      settingsChanged.fire(new CaseLogSettingsChanged());
    }
    int made = 0;
    for (RosterRow trainee : trainees) {
      made += trainee(document, attestation, entry, program.id(), trainee, mix, supervisors);
    }
    return made
        + " procedure logs generated for "
        + trainees.size()
        + " trainees of "
        + program.code()
        + ".";
  }

  private int trainee(
      Document document,
      ImportAttestation attestation,
      ProgramEntry entry,
      long programId,
      RosterRow trainee,
      Map<ProcedureType, Double> mix,
      List<Long> supervisors) {
    Random random = new Random(document.seed() * 31 + trainee.username().hashCode());
    LogChecks checks =
        entry.fluoroscopy() == null
            ? coding.checks(programId)
            // set in this same transaction, which the rules' own reading cannot see yet
            : coding.checks(programId).withFluoroscopy(entry.fluoroscopy());
    FluoroscopyRecording fluoroscopy = checks.fluoroscopy();
    ZoneId zone = time.zone();
    LocalDate today = time.today();
    LocalDate from = today.minusWeeks(document.weeks());
    if (trainee.startDate().isAfter(from)) {
      from = trainee.startDate();
    }
    Map<TraineeRole, Double> roles = rolesFor(entry, trainee.pgy());
    int made = 0;
    for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        continue;
      }
      for (Map.Entry<ProcedureType, Double> m : mix.entrySet()) {
        int count = poisson(random, m.getValue() / 5.0);
        for (int i = 0; i < count; i++) {
          ProcedureType type = m.getKey();
          long supervisor = supervisors.get(random.nextInt(supervisors.size()));
          LogEntry log = entry(random, type, day, supervisor, pick(random, roles));
          caseDetails(log, type, supervisor, fluoroscopy);
          Instant submitted =
              min(
                  day.atTime(LocalTime.of(17, 0).plusMinutes(random.nextInt(240)))
                      .atZone(zone)
                      .toInstant(),
                  clock.instant());
          boolean recent = day.isAfter(today.minusDays(document.recentDays()));
          String state =
              pickState(random, recent ? document.recentStates() : document.olderStates());
          ProcedureLog created =
              state.equals("IMPORTED")
                  ? ProcedureLog.imported(
                      programId, trainee.traineeId(), log, type, checks, today, attestation)
                  : ProcedureLog.submit(
                      programId,
                      trainee.traineeId(),
                      log,
                      type,
                      checks,
                      today,
                      submitted,
                      LogSource.SEED);
          logs.add(created);
          made++;
        }
      }
    }
    return made;
  }

  private static LogEntry entry(
      Random random, ProcedureType type, LocalDate day, long supervisor, TraineeRole role) {
    SpineRegion region = null;
    List<String> levels = List.of();
    if (!type.getRegions().isEmpty()) {
      List<SpineRegion> regions = new ArrayList<>(type.getRegions());
      // lumbar and cervical work dominate; sacral and thoracic levels are the minority
      region =
          regions.size() > 1 && random.nextDouble() < 0.8
              ? regions.get(0)
              : regions.get(random.nextInt(regions.size()));
      if (type.asks(ProcedureField.LEVELS)) {
        List<String> segments =
            type.asks(ProcedureField.VERTEBRAL_BODIES) ? region.vertebrae() : region.segments();
        int count = 1 + (type.getMaxLevels() > 1 && random.nextDouble() < 0.35 ? 1 : 0);
        int first = Math.max(0, segments.size() - 1 - random.nextInt(Math.min(3, segments.size())));
        first = Math.min(first, segments.size() - count);
        levels = segments.subList(first, first + count);
      }
    }
    Laterality side =
        type.asks(ProcedureField.LATERALITY)
            ? Laterality.values()[random.nextDouble() < 0.85 ? random.nextInt(2) : 2]
            : null;
    ClinicalSetting setting =
        random.nextDouble() < 0.72
            ? ClinicalSetting.OUTPATIENT
            : random.nextDouble() < 0.6
                ? ClinicalSetting.SURGERY_CENTER
                : ClinicalSetting.INPATIENT;
    AgeBand age = AgeBand.values()[weighted(random, new double[] {0.01, 0.17, 0.46, 0.29, 0.07})];
    PatientSex sex = random.nextDouble() < 0.53 ? PatientSex.FEMALE : PatientSex.MALE;
    var complications =
        random.nextDouble() < 0.012
            ? EnumSet.of(Complication.VASOVAGAL)
            : EnumSet.noneOf(Complication.class);
    LogEntry entry = new LogEntry();
    entry.setProcedureTypeId(type.getId());
    entry.setPerformedOn(day);
    entry.setSupervisorId(supervisor);
    entry.setRole(role);
    entry.setSetting(setting);
    entry.setSpineRegion(region);
    entry.setLevels(levels);
    entry.setLaterality(side);
    entry.setAgeBand(age);
    entry.setSex(sex);
    entry.setComplications(complications);
    entry.setCounts(counts(random, type));
    String diagnosis = TYPICAL_DIAGNOSIS.get(type.getCode());
    if (diagnosis != null && random.nextDouble() < 0.7) {
      entry.setDiagnosisCode(diagnosis);
    }
    return entry;
  }

  /**
   * The details beyond the codes: the site, sedation, contrast and, where the program records them,
   * fluoroscopy time and dose. Drawn from their own generator so the entries themselves stay as
   * they were before these details existed.
   */
  private static void caseDetails(
      LogEntry entry, ProcedureType type, long supervisor, FluoroscopyRecording fluoroscopy) {
    Random random =
        new Random(
            entry.getPerformedOn().toEpochDay() * 31 + type.getCode().hashCode() + supervisor);
    List<String> sites = TYPICAL_SITES.get(type.getCode());
    if (sites != null) {
      entry.setSite(sites.get(random.nextInt(sites.size())));
    }
    if (type.asks(ProcedureField.SEDATION)) {
      double r = random.nextDouble();
      entry.setSedation(r < 0.8 ? Sedation.NONE : r < 0.95 ? Sedation.MINIMAL : Sedation.MODERATE);
    }
    Guidance guidance = type.getDefaultGuidance();
    if (type.asks(ProcedureField.CONTRAST)
        && (type.underFluoroscopy(guidance) || guidance == Guidance.CT)) {
      entry.setContrastUsed(random.nextDouble() < 0.95);
    }
    if (fluoroscopy != FluoroscopyRecording.NOT_ASKED && type.underFluoroscopy(guidance)) {
      entry.setFluoroSeconds(BigDecimal.valueOf(50 + random.nextInt(900), 1));
      entry.setFluoroDoseMgy(BigDecimal.valueOf(5 + random.nextInt(150), 1));
    }
  }

  /** What a clinic writes for the site of the procedures that ask for one. */
  private static final Map<String, List<String>> TYPICAL_SITES =
      Map.ofEntries(
          Map.entry(
              "JOINT-LARGE",
              List.of(
                  "Knee",
                  "Shoulder (glenohumeral)",
                  "Subacromial bursa",
                  "Hip",
                  "Trochanteric bursa")),
          Map.entry("JOINT-INTER", List.of("Wrist", "Elbow", "Ankle", "Acromioclavicular joint")),
          Map.entry(
              "JOINT-SMALL",
              List.of(
                  "First carpometacarpal joint",
                  "Interphalangeal joint",
                  "First metatarsophalangeal joint")),
          Map.entry(
              "TENDON-SHEATH",
              List.of(
                  "First dorsal compartment", "A1 pulley, ring finger", "Biceps tendon sheath")),
          Map.entry("TENDON-ORIGIN", List.of("Common extensor origin", "Plantar fascia origin")),
          Map.entry(
              "TPI-1-2", List.of("Upper trapezius", "Levator scapulae", "Quadratus lumborum")),
          Map.entry(
              "TPI-3",
              List.of(
                  "Upper trapezius, rhomboids, levator scapulae",
                  "Gluteus medius, piriformis, quadratus lumborum")),
          Map.entry(
              "BOTOX-EXT",
              List.of(
                  "Gastrocnemius, soleus",
                  "Biceps, brachialis, brachioradialis",
                  "Flexor digitorum superficialis and profundus")),
          Map.entry("BOTOX-TRUNK", List.of("Rectus abdominis", "Thoracic paraspinals")),
          Map.entry("BOTOX-NECK", List.of("Sternocleidomastoid, splenius capitis")),
          Map.entry(
              "PHENOL-NERVE",
              List.of("Obturator nerve", "Musculocutaneous nerve", "Tibial motor branches")),
          Map.entry(
              "PNB",
              List.of(
                  "Suprascapular nerve", "Lateral femoral cutaneous nerve", "Genicular nerves")),
          Map.entry("PNS-LEAD", List.of("Medial branch, lumbar", "Suprascapular nerve")),
          Map.entry(
              "MSK-US",
              List.of(
                  "Shoulder: rotator cuff",
                  "Elbow: common extensor origin",
                  "Knee: suprapatellar recess")));

  /** The diagnosis a clinic most often logs with each procedure; most entries carry one. */
  private static final Map<String, String> TYPICAL_DIAGNOSIS =
      Map.ofEntries(
          Map.entry("TFESI-LS", "M54.16"),
          Map.entry("TFESI-CT", "M54.12"),
          Map.entry("ILESI-LS", "M48.062"),
          Map.entry("ILESI-CT", "M54.12"),
          Map.entry("MBB-LS", "M47.816"),
          Map.entry("MBB-CT", "M47.812"),
          Map.entry("RFA-LS", "M47.816"),
          Map.entry("RFA-CT", "M47.812"),
          Map.entry("SIJ-INJ", "M46.1"),
          Map.entry("SIJ-RFA", "M46.1"),
          Map.entry("KYPHOPLASTY", "M80.08XA"),
          Map.entry("VERTEBROPLASTY", "M80.08XA"),
          Map.entry("SCS-TRIAL", "M96.1"),
          Map.entry("SCS-IMPLANT", "M96.1"),
          Map.entry("GENICULAR-RFA", "M17.11"),
          Map.entry("GENICULAR-BLOCK", "M17.12"),
          Map.entry("JOINT-LARGE", "M17.11"),
          Map.entry("EDX-CONSULT", "G56.01"),
          Map.entry("NCS-ONLY", "G56.02"),
          Map.entry("EMG-ONLY", "M54.16"),
          Map.entry("CARPAL-TUNNEL", "G56.01"),
          Map.entry("BOTOX-EXT", "I69.351"),
          Map.entry("BOTOX-TRUNK", "G82.20"),
          Map.entry("PHENOL-NERVE", "G81.11"),
          Map.entry("TENDON-ORIGIN", "M77.11"),
          Map.entry("TENDON-SHEATH", "M65.4"),
          Map.entry("TPI-1-2", "M79.18"),
          Map.entry("TPI-3", "M79.7"),
          Map.entry("OCCIPITAL", "M54.81"),
          Map.entry("BLOOD-PATCH", "G97.1"),
          Map.entry("SGB", "G90.511"),
          Map.entry("LSB", "G90.521"));

  /** Counted details as a clinic would see them: a few muscles or limbs, typical study sizes. */
  private static Map<Quantity, Integer> counts(Random random, ProcedureType type) {
    Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
    for (Quantity q : type.getQuantities()) {
      int n =
          switch (q) {
            case MUSCLES -> 1 + random.nextInt(8);
            case SMALL_LIMBS -> random.nextInt(3);
            case LARGE_LIMBS -> random.nextDouble() < 0.3 ? 1 : 0;
            case UNITS -> 50 + 25 * random.nextInt(15);
            case NERVE_STUDIES -> 4 + random.nextInt(9);
            case EMG_LIMBS -> 1 + (random.nextDouble() < 0.3 ? 1 : 0);
            case NON_LIMB_EMG -> random.nextDouble() < 0.2 ? 1 : 0;
            case LEADS -> type.getCode().startsWith("SCS") ? 2 : 1;
            case NERVES -> 1 + random.nextInt(2);
            case LIMITED_EMG_LIMBS, PROGRAMMABLE, COMPLETE_EXAM, REPROGRAMMED ->
                random.nextDouble() < 0.5 ? 1 : 0;
          };
      counts.put(q, Math.min(q.most(), Math.max(q.least(), n)));
    }
    if (type.getQuantities().contains(Quantity.SMALL_LIMBS)
        && counts.get(Quantity.SMALL_LIMBS) == 0
        && counts.getOrDefault(Quantity.LARGE_LIMBS, 0) == 0) {
      counts.put(Quantity.SMALL_LIMBS, 1);
    }
    return counts;
  }

  private static Map<TraineeRole, Double> rolesFor(ProgramEntry entry, Integer pgy) {
    if (pgy != null && entry.roles().containsKey(pgy.toString())) {
      return entry.roles().get(pgy.toString());
    }
    return entry.roles().values().iterator().next();
  }

  private static TraineeRole pick(Random random, Map<TraineeRole, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double r = random.nextDouble() * total;
    for (Map.Entry<TraineeRole, Double> w : weights.entrySet()) {
      r -= w.getValue();
      if (r <= 0) {
        return w.getKey();
      }
    }
    return weights.keySet().iterator().next();
  }

  private static String pickState(Random random, Map<String, Double> weights) {
    double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
    double r = random.nextDouble() * total;
    for (Map.Entry<String, Double> w : weights.entrySet()) {
      r -= w.getValue();
      if (r <= 0) {
        return w.getKey();
      }
    }
    return "PENDING";
  }

  private static int weighted(Random random, double[] weights) {
    double r = random.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r <= 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Knuth's method: fine for the small daily rates here. */
  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
