package org.continuum.bench;

import java.security.spec.KeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Writes a synthetic institution into a Continuum database whose schema and core content (the
 * procedure catalog, the frameworks) the application has already created: programs (PM&R
 * residencies and pain fellowships), trainees with their classes over the years, faculty, program
 * directors, rotations with teachers, the block schedule, procedure logs by kind of program with
 * verification delays, evaluations with item ratings, and finalised CCC review periods with final
 * levels. Deterministic: the same options give the same institution. Every account's password is
 * {@value #PASSWORD}.
 *
 * <p>{@code java -cp continuum-bench.jar org.continuum.bench.Generate --url=jdbc:mysql://...
 * [--programs=100 --trainees=1500 --faculty=600 --years=5 --logs=3000000 --evaluations=500000
 * --seed=2026]}
 */
public final class Generate {

  public static final String PASSWORD = "bench-password-2026";
  static final String BY = "bench-generator";

  private final Options o;
  private final Connection db;
  private final Random random;
  private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
  private final int currentYear =
      today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
  private final Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
  private final Map<String, Long> next = new HashMap<>();
  private final Catalog catalog;

  private final List<Program> programs = new ArrayList<>();
  private final List<Trainee> trainees = new ArrayList<>();
  private String passwordHash;
  private long startedNanos = System.nanoTime();

  record Options(
      String url,
      String user,
      String password,
      int programs,
      int trainees,
      int faculty,
      int years,
      long logs,
      long evaluations,
      long seed) {

    static Options parse(String[] args) {
      Map<String, String> a = new HashMap<>();
      for (String arg : args) {
        String[] kv = arg.replaceFirst("^--", "").split("=", 2);
        a.put(kv[0], kv.length > 1 ? kv[1] : "true");
      }
      return new Options(
          a.getOrDefault(
              "url",
              "jdbc:mysql://127.0.0.1:3306/continuum_bench?rewriteBatchedStatements=true"
                  + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"),
          a.getOrDefault("user", "root"),
          a.getOrDefault("password", ""),
          Integer.parseInt(a.getOrDefault("programs", "100")),
          Integer.parseInt(a.getOrDefault("trainees", "1500")),
          Integer.parseInt(a.getOrDefault("faculty", "600")),
          Integer.parseInt(a.getOrDefault("years", "5")),
          Long.parseLong(a.getOrDefault("logs", "3000000")),
          Long.parseLong(a.getOrDefault("evaluations", "500000")),
          Long.parseLong(a.getOrDefault("seed", "2026")));
    }
  }

  /** A program: its kind, people and rotations (ids), and the class size that fills it. */
  static final class Program {
    long id;
    String code;
    boolean residency;
    int length;
    int classSize;
    long directorId;
    long frameworkId;
    final List<Long> faculty = new ArrayList<>();
    final List<Long> rotations = new ArrayList<>();
    final Map<Long, List<Long>> teachers = new HashMap<>();
    long formFaculty;
    long formSelf;
    long formObservation;
    List<String> milestoneCodes;
    List<String> finalCodes;
  }

  /** A trainee: enrolled in one program from a start date for the program's length. */
  static final class Trainee {
    long id;
    long enrollmentId;
    Program program;
    LocalDate start;
    LocalDate graduation;
    int pgyAtStart;
    String name;
  }

  Generate(Options o, Connection db) throws SQLException {
    this.o = o;
    this.db = db;
    this.random = new Random(o.seed());
    this.catalog = Catalog.read(db);
  }

  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    try (Connection db = DriverManager.getConnection(o.url(), o.user(), o.password())) {
      db.setAutoCommit(false);
      new Generate(o, db).run();
    }
  }

  void run() throws Exception {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM program WHERE code LIKE 'BENCH-%'")) {
      r.next();
      if (r.getLong(1) > 0) {
        throw new IllegalStateException(
            "This database already holds a generated institution; start from an empty one.");
      }
    }
    passwordHash = pbkdf2(PASSWORD);
    say("options " + o);
    foreignKeys(
        false); // rows of related tables are sent in separate batches; consistent by construction
    plan();
    writePeopleAndPrograms();
    writeCurriculum();
    writeLogs();
    summariseLogs();
    writeEvaluations();
    collectCohortRatings();
    writeReviews();
    if (o.url().startsWith("jdbc:h2:")) {
      restartIdentities();
    }
    foreignKeys(true);
    db.commit();
    say("done");
  }

  // ---------------------------------------------------------------- the shape of the institution

  /**
   * Program 0 is a large PM&R residency (15 a class: 60 in training); of the rest three in five are
   * PM&R residencies (four years) and two in five pain fellowships (one year, two a class). Class
   * sizes of the residencies are set so that the trainees of the window add up to the target.
   */
  private void plan() {
    int residencies = 0;
    int fellowships = 0;
    for (int p = 0; p < o.programs(); p++) {
      Program program = new Program();
      program.residency = p == 0 || p % 5 < 3;
      program.length = program.residency ? 4 : 1;
      program.code = String.format("BENCH-%03d", p + 1);
      programs.add(program);
      if (p > 0) {
        if (program.residency) {
          residencies++;
        } else {
          fellowships++;
        }
      }
    }
    int classesInWindow = o.years() + 3; // residency classes with any year in the window
    int big = Math.min(15, Math.max(1, o.trainees() / 10 / classesInWindow));
    int fellows = 2;
    int left = o.trainees() - big * classesInWindow - fellowships * fellows * o.years();
    int perClass =
        Math.max(1, Math.round((float) left / Math.max(1, residencies * classesInWindow)));
    for (int p = 0; p < programs.size(); p++) {
      Program program = programs.get(p);
      program.classSize = p == 0 ? big : program.residency ? perClass : fellows;
    }
  }

  private void writePeopleAndPrograms() throws SQLException {
    try (Batch accounts =
            batch(
                "account",
                "id,version,created_at,created_by,modified_at,modified_by,username,display_name,"
                    + "email,password_hash,status,failed_sign_ins,password_changed_at");
        Batch memberships =
            batch(
                "membership",
                "id,version,created_at,created_by,modified_at,modified_by,account_id,program_id,role");
        Batch programRows =
            batch(
                "program",
                "id,version,created_at,created_by,modified_at,modified_by,code,name,kind,specialty,"
                    + "length_years,active");
        Batch frameworks =
            batch(
                "program_framework",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,framework_id");
        Batch enrollments =
            batch(
                "enrollment",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,trainee_id,"
                    + "start_date,expected_graduation,status,end_date");
        Batch years = batch("training_year", "enrollment_id,academic_year,pgy");
        Batch appointments =
            batch(
                "faculty_appointment",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,faculty_id,"
                    + "title,start_date")) {
      int faculty = 0;
      for (int p = 0; p < programs.size(); p++) {
        Program program = programs.get(p);
        program.id = id("program");
        programRows.add(
            base(
                program.id,
                program.code,
                (program.residency ? "Bench PM&R Residency " : "Bench Pain Medicine Fellowship ")
                    + (p + 1),
                program.residency ? "RESIDENCY" : "FELLOWSHIP",
                program.residency ? "Physical Medicine and Rehabilitation" : "Pain Medicine",
                program.length,
                true));
        program.frameworkId = program.residency ? catalog.pmrFramework : catalog.painFramework;
        program.milestoneCodes = catalog.clinicalCodes.get(program.frameworkId);
        program.finalCodes = catalog.codes.get(program.frameworkId);
        frameworks.add(base(id("program_framework"), program.id, program.frameworkId));
        program.directorId = account(accounts, "bench.pd" + (p + 1), "Dr. Director " + (p + 1));
        for (String role : List.of("PROGRAM_DIRECTOR", "CCC_MEMBER", "FACULTY")) {
          memberships.add(base(id("membership"), program.directorId, program.id, role));
        }
        appointments.add(
            base(
                id("faculty_appointment"),
                program.id,
                program.directorId,
                "Program director",
                LocalDate.of(currentYear - o.years() - 4, 7, 1)));
        program.faculty.add(program.directorId);
      }
      // faculty: twenty for the large program, the rest in turn
      for (int f = 0; f < o.faculty(); f++) {
        Program program =
            f < 20 ? programs.get(0) : programs.get(1 + (f - 20) % (programs.size() - 1));
        long id = account(accounts, "bench.f" + (f + 1), "Dr. Faculty " + (f + 1));
        program.faculty.add(id);
        memberships.add(base(id("membership"), id, program.id, "FACULTY"));
        appointments.add(
            base(
                id("faculty_appointment"),
                program.id,
                id,
                "Faculty",
                LocalDate.of(currentYear - o.years() - 4, 7, 1)));
        faculty++;
      }
      // trainees: every class with a year in the window
      int n = 0;
      for (Program program : programs) {
        int firstClass = currentYear - o.years() + 1 - (program.length - 1);
        for (int year = firstClass; year <= currentYear; year++) {
          for (int c = 0; c < program.classSize; c++) {
            Trainee t = new Trainee();
            t.program = program;
            t.start = LocalDate.of(year, 7, 1);
            t.graduation = LocalDate.of(year + program.length, 6, 30);
            t.pgyAtStart = program.residency ? 1 : 5;
            t.name = "Dr. Trainee " + (++n);
            t.id = account(accounts, "bench.t" + n, t.name);
            memberships.add(
                base(
                    id("membership"), t.id, program.id, program.residency ? "RESIDENT" : "FELLOW"));
            t.enrollmentId = id("enrollment");
            boolean done = t.graduation.isBefore(today);
            enrollments.add(
                base(
                    t.enrollmentId,
                    program.id,
                    t.id,
                    t.start,
                    t.graduation,
                    done ? "COMPLETED" : "ACTIVE",
                    done ? t.graduation : null));
            for (int y = 0; y < program.length; y++) {
              years.add(t.enrollmentId, year + y, t.pgyAtStart + y);
            }
            trainees.add(t);
          }
        }
      }
      say(programs.size() + " programs, " + trainees.size() + " trainees, " + faculty + " faculty");
    }
  }

  private long account(Batch accounts, String username, String name) throws SQLException {
    long id = id("account");
    accounts.add(
        base(id, username, name, username + "@bench.example", passwordHash, "ACTIVE", 0, now));
    return id;
  }

  // ---------------------------------------------------------------- rotations, forms, schedule

  private static final String[] PMR_ROTATIONS = {"INPT", "EDX", "MSK", "SPINE", "PEDS", "CONSULT"};
  private static final String[] PAIN_ROTATIONS = {"IPAIN", "CLINIC", "APS", "PSYCH"};

  private void writeCurriculum() throws SQLException {
    try (Batch rotations =
            batch(
                "rotation",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,code,name,site,"
                    + "length_weeks,active");
        Batch teachers =
            batch(
                "rotation_teacher",
                "id,version,created_at,created_by,modified_at,modified_by,rotation_id,faculty_id,"
                    + "start_date");
        Batch minimums =
            batch(
                "procedure_minimum",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,label,"
                    + "category_id,required_count,counted_roles,display_order");
        Batch forms =
            batch(
                "evaluation_form",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,code,"
                    + "form_version,title,kind,framework_id,status,published_at");
        Batch items =
            batch(
                "evaluation_form_item",
                "id,form_id,seq,item_type,prompt,subcompetency_code,required")) {
      for (Program program : programs) {
        String[] codes = program.residency ? PMR_ROTATIONS : PAIN_ROTATIONS;
        for (int r = 0; r < codes.length; r++) {
          long id = id("rotation");
          rotations.add(
              base(id, program.id, codes[r], codes[r] + " rotation", "Bench site", 4, true));
          program.rotations.add(id);
          List<Long> ts = new ArrayList<>();
          for (int k = 0; k < 2; k++) {
            long f = program.faculty.get((r * 2 + k) % program.faculty.size());
            if (!ts.contains(f)) {
              ts.add(f);
              teachers.add(
                  base(
                      id("rotation_teacher"),
                      id,
                      f,
                      LocalDate.of(currentYear - o.years() - 4, 7, 1)));
            }
          }
          program.teachers.put(id, ts);
        }
        Map<String, Integer> required =
            program.residency
                ? map(
                    "ELECTRODIAGNOSTIC",
                    150,
                    "MSK_INJECTION",
                    60,
                    "CHEMODENERVATION",
                    20,
                    "EPIDURAL",
                    20)
                : map("EPIDURAL", 50, "FACET", 40, "RADIOFREQUENCY", 25, "NEUROMODULATION", 8);
        int order = 0;
        for (Map.Entry<String, Integer> m : required.entrySet()) {
          minimums.add(
              base(
                  id("procedure_minimum"),
                  program.id,
                  m.getKey().charAt(0) + m.getKey().substring(1).toLowerCase().replace('_', ' '),
                  catalog.categories.get(m.getKey()),
                  m.getValue(),
                  "ASSISTED,PERFORMED,SUPERVISED_JUNIOR",
                  order++));
        }
        program.formFaculty =
            form(
                forms,
                items,
                program,
                "eot",
                "End-of-rotation evaluation",
                "FACULTY_OF_TRAINEE",
                program.milestoneCodes.size());
        program.formSelf =
            form(
                forms,
                items,
                program,
                "self",
                "Self-assessment",
                "SELF_ASSESSMENT",
                program.milestoneCodes.size());
        program.formObservation =
            form(forms, items, program, "dop", "Direct observation", "DIRECT_OBSERVATION", 2);
      }
      say("rotations, teachers, minimums and forms written");
    }
  }

  private long form(
      Batch forms,
      Batch items,
      Program program,
      String code,
      String title,
      String kind,
      int milestones)
      throws SQLException {
    long id = id("evaluation_form");
    forms.add(base(id, program.id, code, 1, title, kind, program.frameworkId, "PUBLISHED", now));
    for (int i = 0; i < milestones; i++) {
      String sub = program.milestoneCodes.get(i % program.milestoneCodes.size());
      items.add(id("evaluation_form_item"), id, i + 1, "MILESTONE", "Level in " + sub, sub, true);
    }
    items.add(id("evaluation_form_item"), id, milestones + 1, "NARRATIVE", "Comments", null, false);
    return id;
  }

  /** The four-week blocks of a trainee inside the window, each on a rotation in turn. */
  private List<LocalDate[]> blocks(Trainee t) {
    LocalDate windowStart = LocalDate.of(currentYear - o.years() + 1, 7, 1);
    LocalDate from = t.start.isBefore(windowStart) ? windowStart : t.start;
    LocalDate to = t.graduation.isBefore(today.plusWeeks(8)) ? t.graduation : today.plusWeeks(8);
    List<LocalDate[]> blocks = new ArrayList<>();
    for (LocalDate s = from; s.isBefore(to); s = s.plusWeeks(4)) {
      LocalDate e = s.plusWeeks(4).minusDays(1);
      blocks.add(new LocalDate[] {s, e.isAfter(to) ? to : e});
    }
    return blocks;
  }

  private final Map<Long, long[]> assignmentOfBlock = new HashMap<>();
  private long blocksEnded;

  // ---------------------------------------------------------------- procedure logs

  private void writeLogs() throws SQLException {
    long workingDays = 0;
    for (Trainee t : trainees) {
      for (LocalDate[] b : blocks(t)) {
        if (b[0].isBefore(today)) {
          workingDays += 20;
        }
      }
    }
    // a little over the target: entries drawn for days still to come are left out
    double perDay = 1.04 * o.logs() / Math.max(1, workingDays);
    say(String.format("procedure logs: %.2f per trainee working day", perDay));
    try (Batch assignments =
            batch(
                "rotation_assignment",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,rotation_id,"
                    + "trainee_id,start_date,end_date");
        Batch logs =
            batch(
                "procedure_log",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,trainee_id,"
                    + "supervisor_id,procedure_type_id,performed_on,trainee_role,setting,"
                    + "spine_region,levels,laterality,guidance,age_band,patient_sex,complications,"
                    + "counts,status,submitted_at,decided_at,decided_by,source")) {
      for (Trainee t : trainees) {
        Program p = t.program;
        List<LocalDate[]> blocks = blocks(t);
        for (int b = 0; b < blocks.size(); b++) {
          LocalDate[] block = blocks.get(b);
          long rotation =
              p.rotations.get((b + (int) (t.id % p.rotations.size())) % p.rotations.size());
          long assignment = id("rotation_assignment");
          assignments.add(base(assignment, p.id, rotation, t.id, block[0], block[1]));
          assignmentOfBlock.put(assignment, new long[] {t.id, rotation});
          if (block[1].isBefore(today)) {
            blocksEnded++;
          }
          if (!block[0].isBefore(today)) {
            continue;
          }
          List<Long> supervisors = p.teachers.get(rotation);
          long count = Math.round(perDay * 20 * (0.6 + random.nextDouble() * 0.8));
          for (int i = 0; i < count; i++) {
            LocalDate day = workingDay(block[0], block[1]);
            if (day.isAfter(today)) {
              continue;
            }
            Catalog.Type type = catalog.pick(p.residency, random);
            int pgy = pgy(t, day);
            String role = role(pgy, p.residency);
            long supervisor = supervisors.get(random.nextInt(supervisors.size()));
            String status = status(day);
            LocalDateTime submitted =
                day.atTime(17, random.nextInt(60)).plusDays(random.nextInt(3));
            LocalDateTime decided =
                status.equals("PENDING")
                    ? null
                    : submitted.plusHours(
                        2 + (long) (random.nextDouble() * random.nextDouble() * 240));
            if (decided != null && decided.isAfter(LocalDateTime.now(ZoneOffset.UTC))) {
              status = "PENDING";
              decided = null;
            }
            String region =
                type.regions().isEmpty()
                    ? null
                    : type.regions().get(random.nextInt(type.regions().size()));
            logs.add(
                base(
                    id("procedure_log"),
                    p.id,
                    t.id,
                    supervisor,
                    type.id(),
                    day,
                    role,
                    random.nextInt(3) == 0 ? "INPATIENT" : "OUTPATIENT",
                    type.fields().contains("SPINE_REGION")
                            || type.fields().contains("VERTEBRAL_BODIES")
                        ? region
                        : null,
                    type.fields().contains("LEVELS")
                        ? type.fields().contains("VERTEBRAL_BODIES") ? body(region) : levels(region)
                        : null,
                    type.fields().contains("LATERALITY")
                        ? (random.nextBoolean() ? "LEFT" : "RIGHT")
                        : null,
                    type.fields().contains("GUIDANCE") ? type.defaultGuidance() : null,
                    AGE_BANDS[random.nextInt(AGE_BANDS.length)],
                    random.nextBoolean() ? "FEMALE" : "MALE",
                    random.nextInt(200) == 0 ? "VASOVAGAL" : "",
                    counts(type),
                    status,
                    Timestamp.valueOf(submitted),
                    decided == null ? null : Timestamp.valueOf(decided),
                    decided == null ? null : supervisor,
                    random.nextInt(4) == 0 ? "API" : "APP"));
            if (logs.written() % 250_000 == 0) {
              progress(logs);
            }
          }
        }
      }
      progress(logs);
      say(assignments.written() + " rotation blocks");
    }
  }

  /**
   * Counted details as a clinic would see them ("NERVE_STUDIES=8,EMG_LIMBS=1"): the application
   * codes the entries from them at its next start, by its own rules, as it codes any entry logged
   * before codes were derived.
   */
  private String counts(Catalog.Type type) {
    if (type.quantities().isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder();
    for (String q : type.quantities()) {
      int n =
          switch (q) {
            case "MUSCLES" -> 1 + random.nextInt(8);
            case "SMALL_LIMBS", "EMG_LIMBS", "LEADS", "NERVES" -> 1 + random.nextInt(2);
            case "UNITS" -> 50 + 25 * random.nextInt(15);
            case "NERVE_STUDIES" -> 4 + random.nextInt(9);
            default -> 0;
          };
      s.append(s.isEmpty() ? "" : ",").append(q).append('=').append(n);
    }
    return s.toString();
  }

  private static final String[] AGE_BANDS = {
    "AGE_18_39", "AGE_40_64", "AGE_40_64", "AGE_65_79", "AGE_80_PLUS"
  };

  private String levels(String region) {
    if (region == null) {
      return null;
    }
    return switch (region) {
      case "CERVICAL" -> "C5-C6";
      case "THORACIC" -> "T10-T11";
      case "SACRAL" -> "L5-S1";
      default -> "L4-L5";
    };
  }

  /** A vertebral body of the region, as vertebral augmentation counts its levels. */
  private String body(String region) {
    if (region == null) {
      return null;
    }
    return switch (region) {
      case "THORACIC" -> "T12";
      case "SACRAL" -> "S1";
      default -> "L1";
    };
  }

  private LocalDate workingDay(LocalDate from, LocalDate to) {
    LocalDate day =
        from.plusDays(random.nextInt((int) Math.max(1, to.toEpochDay() - from.toEpochDay() + 1)));
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.minusDays(1);
    }
    return day.isBefore(from) ? from : day;
  }

  /** Older entries are mostly decided; the last fortnight's mostly wait for their supervisor. */
  private String status(LocalDate day) {
    int r = random.nextInt(100);
    if (day.isAfter(today.minusDays(14))) {
      return r < 60 ? "PENDING" : "VERIFIED";
    }
    return r < 90 ? "VERIFIED" : r < 93 ? "REJECTED" : r < 95 ? "VOIDED" : "PENDING";
  }

  private int pgy(Trainee t, LocalDate day) {
    int year = day.getMonthValue() >= 7 ? day.getYear() : day.getYear() - 1;
    return t.pgyAtStart + year - t.start.getYear();
  }

  private String role(int pgy, boolean residency) {
    int r = random.nextInt(100);
    if (residency && pgy <= 2) {
      return r < 35 ? "OBSERVED" : r < 70 ? "ASSISTED" : "PERFORMED";
    }
    return r < 10 ? "ASSISTED" : r < 90 ? "PERFORMED" : "SUPERVISED_JUNIOR";
  }

  // ---------------------------------------------------------------- evaluations

  private void writeEvaluations() throws SQLException {
    double perBlock = (double) o.evaluations() / Math.max(1, blocksEnded);
    say(String.format("evaluations: %.2f per rotation block", perBlock));
    Map<Long, Trainee> byId = new HashMap<>();
    trainees.forEach(t -> byId.put(t.id, t));
    Map<Long, Program> programOfRotation = new HashMap<>();
    programs.forEach(p -> p.rotations.forEach(r -> programOfRotation.put(r, p)));
    try (Batch evaluations =
            batch(
                "evaluation",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,form_id,kind,"
                    + "status,evaluator_id,trainee_id,rotation_id,assignment_id,period_start,"
                    + "period_end,due_on,request_key,content_revision,signed_at,acknowledged_at,"
                    + "cancel_reason");
        Batch answers =
            batch("evaluation_answer", "id,evaluation_id,item_seq,answer_value,answer_text");
        Batch signatures =
            batch(
                "evaluation_signature",
                "id,evaluation_id,content_revision,signer_id,printed_name,signed_at,meaning,"
                    + "hash_method,content_hash")) {
      try (Statement s = db.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT id, start_date, end_date FROM rotation_assignment WHERE created_by = '"
                      + BY
                      + "' ORDER BY id")) {
        while (r.next()) {
          long assignment = r.getLong(1);
          LocalDate start = r.getDate(2).toLocalDate();
          LocalDate end = r.getDate(3).toLocalDate();
          if (!end.isBefore(today)) {
            continue;
          }
          long[] tr = assignmentOfBlock.get(assignment);
          Trainee t = byId.get(tr[0]);
          Program p = programOfRotation.get(tr[1]);
          long n = Math.round(perBlock * (0.6 + random.nextDouble() * 0.8));
          List<Long> teachers = p.teachers.get(tr[1]);
          for (int i = 0; i < n; i++) {
            String kind =
                i < teachers.size()
                    ? "FACULTY_OF_TRAINEE"
                    : i == teachers.size() ? "SELF_ASSESSMENT" : "DIRECT_OBSERVATION";
            long evaluator =
                kind.equals("SELF_ASSESSMENT")
                    ? t.id
                    : teachers.get(i < teachers.size() ? i : random.nextInt(teachers.size()));
            long form =
                kind.equals("SELF_ASSESSMENT")
                    ? p.formSelf
                    : kind.equals("FACULTY_OF_TRAINEE") ? p.formFaculty : p.formObservation;
            int items = kind.equals("DIRECT_OBSERVATION") ? 2 : p.milestoneCodes.size();
            int roll = random.nextInt(100);
            String status =
                roll < 79
                    ? "SIGNED"
                    : roll < 90 ? "REQUESTED" : roll < 95 ? "IN_PROGRESS" : "CANCELLED";
            LocalDateTime signed = end.atTime(9, 0).plusDays(1 + random.nextInt(20));
            if (signed.isAfter(LocalDateTime.now(ZoneOffset.UTC))) {
              status = "REQUESTED";
            }
            long id = id("evaluation");
            boolean isSigned = status.equals("SIGNED");
            evaluations.add(
                base(
                    id,
                    p.id,
                    form,
                    kind,
                    status,
                    evaluator,
                    t.id,
                    tr[1],
                    assignment,
                    start,
                    end,
                    end.plusDays(14),
                    "bench:" + id,
                    isSigned ? 1 : 0,
                    isSigned ? Timestamp.valueOf(signed) : null,
                    isSigned && random.nextInt(10) < 7
                        ? Timestamp.valueOf(signed.plusDays(2))
                        : null,
                    status.equals("CANCELLED") ? "Rotation changed" : null));
            if (isSigned) {
              double expected = 1 + 4.0 * months(t, end) / (t.program.length * 12.0);
              for (int item = 1; item <= items; item++) {
                String value;
                if (random.nextInt(10) == 0) {
                  value = "NYA";
                } else {
                  double level = Math.max(1, Math.min(5, expected + random.nextGaussian() * 0.6));
                  value = half(level);
                }
                answers.add(id("evaluation_answer"), id, item, value, null);
              }
              if (random.nextInt(10) < 3) {
                answers.add(
                    id("evaluation_answer"),
                    id,
                    items + 1,
                    null,
                    "Steady progress on this rotation; keep reading around cases.");
              }
              signatures.add(
                  id("evaluation_signature"),
                  id,
                  1,
                  evaluator,
                  "Evaluator " + evaluator,
                  Timestamp.valueOf(signed),
                  "AUTHORED",
                  "synthetic",
                  "0".repeat(64));
            }
            if (evaluations.written() % 100_000 == 0) {
              progress(evaluations);
            }
          }
        }
      }
      progress(evaluations);
      progress(answers);
    }
  }

  private static double months(Trainee t, LocalDate day) {
    return Math.max(0, (day.toEpochDay() - t.start.toEpochDay()) / 30.4);
  }

  private static String half(double level) {
    double h = Math.round(level * 2) / 2.0;
    return h == Math.floor(h) ? String.valueOf((int) h) : String.valueOf(h);
  }

  // ---------------------------------------------------------------- CCC reviews

  private void writeReviews() throws SQLException {
    try (Batch periods =
            batch(
                "review_period",
                "id,version,created_at,created_by,modified_at,modified_by,program_id,academic_year,"
                    + "term,status,finalised_by_id,finalised_at,printed_name,content_hash");
        Batch levels =
            batch("final_level", "id,period_id,trainee_id,subcompetency_code,level,source")) {
      for (Program p : programs) {
        for (int year = currentYear - o.years() + 1; year <= currentYear; year++) {
          for (String term : List.of("FALL", "SPRING")) {
            LocalDate start =
                term.equals("FALL") ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
            LocalDate end =
                term.equals("FALL") ? LocalDate.of(year, 12, 31) : LocalDate.of(year + 1, 6, 30);
            if (start.isAfter(today)) {
              continue;
            }
            boolean finalised = end.isBefore(today);
            long id = id("review_period");
            periods.add(
                base(
                    id,
                    p.id,
                    year,
                    term,
                    finalised ? "FINALISED" : "OPEN",
                    finalised ? p.directorId : null,
                    finalised ? Timestamp.valueOf(end.plusDays(20).atTime(12, 0)) : null,
                    finalised ? "Dr. Director" : null,
                    finalised ? "0".repeat(64) : null));
            if (!finalised) {
              continue;
            }
            for (Trainee t : trainees) {
              if (t.program == p && !t.start.isAfter(end) && !t.graduation.isBefore(end)) {
                double expected = 1 + 4.0 * months(t, end) / (p.length * 12.0);
                for (String code : p.finalCodes) {
                  double level = Math.max(1, Math.min(5, expected + random.nextGaussian() * 0.4));
                  levels.add(id("final_level"), id, t.id, code, half(level), "IMPORTED");
                }
              }
            }
          }
        }
      }
      progress(periods);
      progress(levels);
    }
  }

  // ---------------------------------------------------------------- helpers

  private Batch batch(String table, String columns) throws SQLException {
    return new Batch(db, table, columns);
  }

  /** The id for a new row: after what the table holds already. */
  private long id(String table) throws SQLException {
    Long n = next.get(table);
    if (n == null) {
      try (Statement s = db.createStatement();
          ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
        r.next();
        n = r.getLong(1) + 1;
      }
    }
    next.put(table, n + 1);
    return n;
  }

  /** id, version 0, created and modified now by the generator, then the row's own values. */
  private Object[] base(long id, Object... values) {
    Object[] row = new Object[6 + values.length];
    row[0] = id;
    row[1] = 0;
    row[2] = now;
    row[3] = BY;
    row[4] = now;
    row[5] = BY;
    System.arraycopy(values, 0, row, 6, values.length);
    return row;
  }

  private static Map<String, Integer> map(Object... kv) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], (Integer) kv[i + 1]);
    }
    return m;
  }

  /**
   * Logs written with JDBC bypass the application, which keeps procedure_count in step with every
   * change it makes itself; the summary is computed once here, as migration V12 does.
   */
  private void summariseLogs() throws SQLException {
    rebuild(
        "procedure_count",
        "INSERT INTO procedure_count (program_id, trainee_id, procedure_type_id, trainee_role,"
            + " status, primary_code, n) SELECT program_id, trainee_id, procedure_type_id,"
            + " trainee_role, status, COALESCE(SUBSTRING(coded_as, 1, 5), ''), COUNT(*) FROM"
            + " procedure_log GROUP BY program_id, trainee_id, procedure_type_id, trainee_role,"
            + " status, COALESCE(SUBSTRING(coded_as, 1, 5), '')");
  }

  /**
   * Evaluations written with JDBC bypass the application, which keeps cohort_rating in step with
   * each signature and amendment; the table is filled once here, as migration V13 does.
   */
  private void collectCohortRatings() throws SQLException {
    rebuild(
        "cohort_rating",
        "INSERT INTO cohort_rating (program_id, period_end, evaluation_id, item_seq, trainee_id,"
            + " subcompetency_code, rating) SELECT e.program_id, e.period_end, e.id, a.item_seq,"
            + " e.trainee_id, fi.subcompetency_code, a.answer_value FROM evaluation e JOIN"
            + " evaluation_answer a ON a.evaluation_id = e.id JOIN evaluation_form_item fi ON"
            + " fi.form_id = e.form_id AND fi.seq = a.item_seq WHERE e.status = 'SIGNED' AND"
            + " e.amended_by_id IS NULL AND e.kind IN ('FACULTY_OF_TRAINEE', 'DIRECT_OBSERVATION')"
            + " AND e.period_end IS NOT NULL AND fi.item_type = 'MILESTONE' AND"
            + " fi.subcompetency_code IS NOT NULL AND a.answer_value IS NOT NULL AND"
            + " a.answer_value <> 'NYA'");
  }

  /** Empties a summary table and fills it again from the rows it summarises. */
  private void rebuild(String table, String insertSelect) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.executeUpdate("DELETE FROM " + table);
      say(String.format("%s: %,d rows", table, s.executeUpdate(insertSelect)));
    }
  }

  private void foreignKeys(boolean on) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute(
          o.url().startsWith("jdbc:h2:")
              ? "SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE")
              : "SET FOREIGN_KEY_CHECKS = " + (on ? 1 : 0));
    }
  }

  /** H2 does not move an identity column past ids inserted explicitly; MySQL does by itself. */
  private void restartIdentities() throws SQLException {
    try (Statement s = db.createStatement()) {
      for (Map.Entry<String, Long> e : next.entrySet()) {
        s.execute("ALTER TABLE " + e.getKey() + " ALTER COLUMN id RESTART WITH " + e.getValue());
      }
    }
  }

  /** The platform's PBKDF2 format: PBKDF2WithHmacSHA256:iterations:salt:hash (Base64). */
  static String pbkdf2(String password) throws Exception {
    byte[] salt = new byte[16];
    new Random(7).nextBytes(salt);
    KeySpec spec = new PBEKeySpec(password.toCharArray(), salt, 600_000, 256);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    return "PBKDF2WithHmacSHA256:600000:"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  private void progress(Batch batch) {
    say(String.format("%s: %,d rows", batch.table(), batch.written()));
  }

  private void say(String line) {
    System.out.printf("[%6.1f s] %s%n", (System.nanoTime() - startedNanos) / 1e9, line);
  }
}
