package org.continuum.bench.load;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * The raw-SQL floor of each path: the same rows and aggregates the application reads, run directly
 * through JDBC on the same database, with the same threads. An application path cannot be faster
 * than its floor; the ratio between them is what the application adds (HTTP, security, mapping,
 * JSON).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FloorBenchmarks {

  static final String ROSTER =
      "SELECT e.trainee_id, a.display_name, y.pgy, e.start_date, e.expected_graduation"
          + " FROM enrollment e JOIN account a ON a.id = e.trainee_id"
          + " LEFT JOIN training_year y ON y.enrollment_id = e.id AND y.academic_year = ?"
          + " WHERE e.program_id = ? AND e.status = 'ACTIVE' ORDER BY a.display_name";

  /** What the application reads since V13: the program's ratings of the period, by value. */
  static final String COHORT_RATINGS =
      "SELECT trainee_id, subcompetency_code, rating, COUNT(*) FROM cohort_rating"
          + " WHERE program_id = ? AND period_end BETWEEN ? AND ?"
          + " GROUP BY trainee_id, subcompetency_code, rating";

  /** The same ratings read from the evaluations on every request, as before V13: for comparison. */
  static final String COHORT_RATINGS_FROM_ANSWERS =
      "SELECT e.trainee_id, fi.subcompetency_code, a.answer_value FROM evaluation_answer a"
          + " JOIN evaluation e ON e.id = a.evaluation_id"
          + " JOIN evaluation_form_item fi ON fi.form_id = e.form_id AND fi.seq = a.item_seq"
          + " WHERE fi.item_type = 'MILESTONE' AND e.program_id = ? AND e.status = 'SIGNED'"
          + " AND e.amended_by_id IS NULL AND e.kind IN ('FACULTY_OF_TRAINEE','DIRECT_OBSERVATION')"
          + " AND a.answer_value IS NOT NULL AND a.answer_value <> 'NYA'"
          + " AND e.period_end BETWEEN ? AND ?";

  /** What the application reads since V12: the procedure_count summary of the roster. */
  static final String PROGRAM_COUNTS =
      "SELECT trainee_id, procedure_type_id, trainee_role, status, n FROM procedure_count"
          + " WHERE program_id = ? AND status IN ('VERIFIED','PENDING') AND n <> 0 AND trainee_id IN"
          + " (SELECT trainee_id FROM enrollment WHERE program_id = ? AND status = 'ACTIVE')";

  /** The same counts made from the logs on every request, as before V12: for comparison. */
  static final String PROGRAM_COUNTS_FROM_LOGS =
      "SELECT trainee_id, procedure_type_id, trainee_role, status, COUNT(*) FROM procedure_log"
          + " WHERE program_id = ? AND status IN ('VERIFIED','PENDING') AND trainee_id IN"
          + " (SELECT trainee_id FROM enrollment WHERE program_id = ? AND status = 'ACTIVE')"
          + " GROUP BY trainee_id, procedure_type_id, trainee_role, status";

  static final String TRAINEE_COUNTS =
      "SELECT trainee_id, procedure_type_id, trainee_role, status, n FROM procedure_count"
          + " WHERE program_id = ? AND trainee_id = ? AND status IN ('VERIFIED','PENDING')"
          + " AND n <> 0";
  static final String QUEUE =
      "SELECT l.id, l.performed_on, t.display_name, p.name FROM procedure_log l"
          + " JOIN account t ON t.id = l.trainee_id JOIN procedure_type p ON p.id = l.procedure_type_id"
          + " WHERE l.supervisor_id = ? AND l.status = 'PENDING' ORDER BY l.performed_on, l.id LIMIT 50";
  static final String QUEUE_COUNT =
      "SELECT COUNT(*) FROM procedure_log WHERE supervisor_id = ? AND status = 'PENDING'";
  static final String TRAINEE_RATINGS =
      "SELECT fi.subcompetency_code, a.answer_value, e.kind, e.period_end, e.signed_at"
          + " FROM evaluation_answer a JOIN evaluation e ON e.id = a.evaluation_id"
          + " JOIN evaluation_form_item fi ON fi.form_id = e.form_id AND fi.seq = a.item_seq"
          + " WHERE fi.item_type = 'MILESTONE' AND e.program_id = ? AND e.trainee_id = ?"
          + " AND e.status = 'SIGNED' AND e.amended_by_id IS NULL AND a.answer_value IS NOT NULL"
          + " AND a.answer_value <> 'NYA' ORDER BY e.period_end, e.signed_at, e.id";
  static final String COMMENTS =
      "SELECT a.answer_text, e.kind, e.period_end FROM evaluation_answer a"
          + " JOIN evaluation e ON e.id = a.evaluation_id"
          + " WHERE e.program_id = ? AND e.trainee_id = ? AND e.status = 'SIGNED'"
          + " AND a.answer_text IS NOT NULL AND e.period_end BETWEEN ? AND ?";
  static final String FINALS =
      "SELECT period_id, subcompetency_code, level FROM final_level WHERE trainee_id = ?";
  static final String EXPORT =
      "SELECT a.username, a.display_name, a.email, f.subcompetency_code, f.level"
          + " FROM final_level f JOIN account a ON a.id = f.trainee_id WHERE f.period_id = ?"
          + " ORDER BY a.display_name, f.subcompetency_code";

  /** One connection per thread, as a connection pool would give. */
  @State(Scope.Thread)
  public static class Db {
    Target target;
    Connection connection;
    Connection bulk;
    int year;
    LocalDate periodStart;
    LocalDate periodEnd;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      target = Target.load();
      connection = Target.connect(target.p);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      year = today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1;
      boolean fall = today.getMonthValue() >= 7;
      periodStart = fall ? LocalDate.of(year, 7, 1) : LocalDate.of(year + 1, 1, 1);
      periodEnd = fall ? LocalDate.of(year, 12, 31) : LocalDate.of(year + 1, 6, 30);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      connection.close();
      if (bulk != null) {
        bulk.close();
      }
    }

    /** Runs a query and reads every row, as the application would. */
    int rows(String sql, Object... args) throws SQLException {
      try (PreparedStatement s = connection.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) {
          s.setObject(i + 1, args[i]);
        }
        try (ResultSet r = s.executeQuery()) {
          int n = 0;
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            for (int c = 1; c <= columns; c++) {
              r.getObject(c);
            }
            n++;
          }
          return n;
        }
      }
    }
  }

  @Benchmark
  @Threads(2)
  public int heatMap(Db db) throws SQLException {
    return heatMap(db, COHORT_RATINGS);
  }

  @Benchmark
  @Threads(2)
  public int heatMapFromAnswers(Db db) throws SQLException {
    return heatMap(db, COHORT_RATINGS_FROM_ANSWERS);
  }

  private static int heatMap(Db db, String ratings) throws SQLException {
    long program = db.target.id("program");
    return db.rows(ROSTER, db.year, program)
        + db.rows(ratings, program, Date.valueOf(db.periodStart), Date.valueOf(db.periodEnd));
  }

  @Benchmark
  @Threads(2)
  public int minimumsReport(Db db) throws SQLException {
    long program = db.target.id("program");
    return db.rows(ROSTER, db.year, program) + db.rows(PROGRAM_COUNTS, program, program);
  }

  @Benchmark
  @Threads(2)
  public int minimumsFromLogs(Db db) throws SQLException {
    long program = db.target.id("program");
    return db.rows(ROSTER, db.year, program) + db.rows(PROGRAM_COUNTS_FROM_LOGS, program, program);
  }

  @Benchmark
  @Threads(2)
  public int dashboard(Db db) throws SQLException {
    return heatMap(db) + minimumsReport(db);
  }

  /** The dashboard's aggregates made from the logs and answers themselves, without summaries. */
  @Benchmark
  @Threads(2)
  public int dashboardFromRawTables(Db db) throws SQLException {
    return heatMapFromAnswers(db) + minimumsFromLogs(db);
  }

  @Benchmark
  @Threads(2)
  public int traineeProgress(Db db) throws SQLException {
    return db.rows(TRAINEE_COUNTS, db.target.id("program"), db.target.id("trainee"));
  }

  @Benchmark
  @Threads(2)
  public int facultyQueue(Db db) throws SQLException {
    long faculty = db.target.id("faculty");
    return db.rows(QUEUE, faculty) + db.rows(QUEUE_COUNT, faculty);
  }

  @Benchmark
  @Threads(2)
  public int cccPacket(Db db) throws SQLException {
    long program = db.target.id("program");
    long trainee = db.target.id("trainee");
    return db.rows(TRAINEE_RATINGS, program, trainee)
        + db.rows(
            COMMENTS, program, trainee, Date.valueOf(db.periodStart), Date.valueOf(db.periodEnd))
        + db.rows(TRAINEE_COUNTS, program, trainee)
        + db.rows(FINALS, trainee);
  }

  @Benchmark
  @Threads(2)
  public int milestoneExport(Db db) throws SQLException {
    return db.rows(EXPORT, db.target.id("finalisedPeriod"));
  }

  /** A writer's trainee, program and supervisor, one per thread, taken in turn. */
  @State(Scope.Thread)
  public static class Writer {
    private static final java.util.concurrent.atomic.AtomicInteger NEXT =
        new java.util.concurrent.atomic.AtomicInteger();
    long trainee;
    long program;
    long supervisor;

    @Setup(Level.Trial)
    public void setUp(Db db) {
      int i = NEXT.getAndIncrement() % Integer.parseInt(db.target.get("loggers"));
      trainee = db.target.id("logger." + i + ".trainee");
      program = db.target.id("logger." + i + ".program");
      supervisor = db.target.id("logger." + i + ".supervisor");
    }
  }

  /** One log row inserted and committed, with its idempotency key, from fifty connections. */
  @Benchmark
  @Threads(50)
  public int logWrite(Db db, Writer writer) throws SQLException {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    try (PreparedStatement s =
        db.connection.prepareStatement(
            "INSERT INTO procedure_log (version, created_at, created_by, modified_at, modified_by,"
                + " program_id, trainee_id, supervisor_id, procedure_type_id, performed_on,"
                + " trainee_role, setting, laterality, age_band, patient_sex, complications, status,"
                + " submitted_at, source, idempotency_key, request_hash)"
                + " VALUES (0, ?, 'floor', ?, 'floor', ?, ?, ?, ?, ?, 'PERFORMED', 'OUTPATIENT',"
                + " 'LEFT', 'AGE_40_64', 'FEMALE', '', 'PENDING', ?, 'API', ?, ?)")) {
      bindRow(s, db, writer, now, LocalDate.now().minusDays(1));
      s.setString(10, "0".repeat(64));
      return s.executeUpdate();
    }
  }

  /**
   * The rows of one imported file inserted and committed through JDBC, in batches rewritten into
   * multi-row inserts: what bulk loading costs this database before any application work.
   */
  @Benchmark
  @Threads(1)
  public int csvImport(Db db, Writer writer) throws SQLException {
    if (db.bulk == null) {
      db.bulk =
          java.sql.DriverManager.getConnection(
              db.target.p.getProperty("url") + "&rewriteBatchedStatements=true",
              db.target.p.getProperty("user"),
              db.target.p.getProperty("password", ""));
      db.bulk.setAutoCommit(false);
    }
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(ZoneOffset.UTC));
    try (PreparedStatement s =
        db.bulk.prepareStatement(
            "INSERT INTO procedure_log (version, created_at, created_by, modified_at, modified_by,"
                + " program_id, trainee_id, supervisor_id, procedure_type_id, performed_on,"
                + " trainee_role, setting, spine_region, levels, laterality, age_band, patient_sex,"
                + " complications, note, status, submitted_at, source, idempotency_key)"
                + " VALUES (0, ?, 'floor', ?, 'floor', ?, ?, ?, ?, ?, 'PERFORMED', 'OUTPATIENT',"
                + " 'LUMBAR', 'L4-L5', 'LEFT', 'AGE_40_64', 'FEMALE', '', 'bench file', 'VERIFIED',"
                + " ?, 'IMPORT', ?)")) {
      LocalDate day = LocalDate.now().minusYears(1);
      for (int i = 0; i < AppBenchmarks.IMPORT_ROWS; i++) {
        bindRow(s, db, writer, now, day.minusDays(i % 300));
        s.addBatch();
        if ((i + 1) % 500 == 0) {
          s.executeBatch();
        }
      }
      s.executeBatch();
      db.bulk.commit();
    }
    return AppBenchmarks.IMPORT_ROWS;
  }

  /** The first nine parameters both floor inserts share: stamps, who, what, when and the key. */
  private static void bindRow(
      PreparedStatement s, Db db, Writer writer, Timestamp now, LocalDate performedOn)
      throws SQLException {
    s.setTimestamp(1, now);
    s.setTimestamp(2, now);
    s.setLong(3, writer.program);
    s.setLong(4, writer.trainee);
    s.setLong(5, writer.supervisor);
    s.setLong(6, db.target.id("procedureType"));
    s.setDate(7, Date.valueOf(performedOn));
    s.setTimestamp(8, now);
    s.setString(9, "floor-" + UUID.randomUUID());
  }
}
