package org.continuum.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What the benchmarks aim at, found once in the generated institution and kept in a properties file
 * the JMH forks read: the large program, its open and a finalised review period, a trainee and the
 * faculty member with the longest queue in it, and fifty trainees (with a supervisor each) who log
 * procedures, each with an API token.
 */
public final class Target {

  public static final String FILE =
      System.getProperty("bench.target", "bench/target/target.properties");
  static final String PASSWORD = "bench-password-2026";

  final Properties p = new Properties();

  static Target load() throws IOException {
    Target t = new Target();
    try (var in = Files.newInputStream(Path.of(FILE))) {
      t.p.load(in);
    }
    return t;
  }

  String get(String key) {
    String v = p.getProperty(key);
    if (v == null) {
      throw new IllegalStateException("no " + key + " in " + FILE);
    }
    return v;
  }

  long id(String key) {
    return Long.parseLong(get(key));
  }

  String base() {
    return get("base");
  }

  static Connection connect(Properties p) throws SQLException {
    return DriverManager.getConnection(
        p.getProperty("url"), p.getProperty("user"), p.getProperty("password", ""));
  }

  /**
   * Removes what the write benchmarks stored, so that every run reads the same data. The
   * application counted its own entries (logged and imported) in procedure_count; they are taken
   * out of it first.
   */
  static void cleanUp(Properties p) throws SQLException {
    String key = "program_id, trainee_id, procedure_type_id, trainee_role, status, primary_code";
    try (Connection db = connect(p);
        Statement s = db.createStatement()) {
      db.setAutoCommit(false);
      s.executeUpdate(
          "UPDATE procedure_count c JOIN (SELECT program_id, trainee_id, procedure_type_id,"
              + " trainee_role, status, COALESCE(SUBSTRING(coded_as, 1, 5), '') primary_code,"
              + " COUNT(*) k FROM procedure_log WHERE idempotency_key LIKE 'bench-%'"
              + " OR idempotency_key LIKE 'import:%' GROUP BY program_id, trainee_id,"
              + " procedure_type_id, trainee_role, status, COALESCE(SUBSTRING(coded_as, 1, 5), '')"
              + ") d USING ("
              + key
              + ") SET c.n = c.n - d.k");
      s.executeUpdate(
          "DELETE FROM procedure_log WHERE idempotency_key LIKE 'bench-%'"
              + " OR idempotency_key LIKE 'import:%' OR idempotency_key LIKE 'floor-%'");
      db.commit();
    }
  }

  /** Finds the targets and signs the people in; run once before the benchmarks. */
  static void prepare(String base, String url, String user, String password) throws Exception {
    Properties p = new Properties();
    p.setProperty("base", base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    p.setProperty("url", url);
    p.setProperty("user", user);
    p.setProperty("password", password);
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    try (Connection db = connect(p)) {
      long program = one(db, "SELECT id FROM program WHERE code = 'BENCH-001'");
      p.setProperty("program", Long.toString(program));
      p.setProperty(
          "openPeriod",
          Long.toString(
              one(
                  db,
                  "SELECT MAX(id) FROM review_period WHERE program_id = ? AND status = 'OPEN'",
                  program)));
      p.setProperty(
          "finalisedPeriod",
          Long.toString(
              one(
                  db,
                  "SELECT MAX(id) FROM review_period WHERE program_id = ? AND status = 'FINALISED'",
                  program)));
      long trainee =
          one(
              db,
              "SELECT MIN(trainee_id) FROM enrollment WHERE program_id = ? AND status = 'ACTIVE'",
              program);
      p.setProperty("trainee", Long.toString(trainee));
      p.setProperty("traineeToken", token(http, p, username(db, trainee)));
      long faculty =
          one(
              db,
              "SELECT supervisor_id FROM procedure_log WHERE program_id = ? AND status = 'PENDING'"
                  + " GROUP BY supervisor_id ORDER BY COUNT(*) DESC LIMIT 1",
              program);
      p.setProperty("faculty", Long.toString(faculty));
      p.setProperty("facultyToken", token(http, p, username(db, faculty)));
      p.setProperty("directorToken", directorToken(db, http, p, program));
      // fifty loggers across the institution, each with a teacher of their program as supervisor
      List<long[]> loggers = new ArrayList<>();
      try (PreparedStatement s =
          db.prepareStatement(
              "SELECT e.trainee_id, e.program_id, MIN(f.faculty_id) FROM enrollment e"
                  + " JOIN faculty_appointment f ON f.program_id = e.program_id"
                  + " AND f.end_date IS NULL"
                  + " WHERE e.status = 'ACTIVE' AND e.program_id <> ?"
                  + " GROUP BY e.trainee_id, e.program_id"
                  + " ORDER BY e.trainee_id LIMIT 50")) {
        // the writers are kept out of the large program, whose reads are measured
        s.setLong(1, program);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            loggers.add(new long[] {r.getLong(1), r.getLong(2), r.getLong(3)});
          }
        }
      }
      for (int i = 0; i < loggers.size(); i++) {
        long[] l = loggers.get(i);
        p.setProperty("logger." + i + ".trainee", Long.toString(l[0]));
        p.setProperty("logger." + i + ".program", Long.toString(l[1]));
        p.setProperty("logger." + i + ".supervisor", Long.toString(l[2]));
        p.setProperty("logger." + i + ".token", token(http, p, username(db, l[0])));
      }
      p.setProperty("loggers", Integer.toString(loggers.size()));
      // CSV imports go to the first logger's program, by its director, for its trainees
      long importProgram = loggers.get(0)[1];
      p.setProperty("import.program", Long.toString(importProgram));
      p.setProperty("import.directorToken", directorToken(db, http, p, importProgram));
      p.setProperty("import.supervisor", username(db, loggers.get(0)[2]));
      List<String> importTrainees = new ArrayList<>();
      try (PreparedStatement s =
          db.prepareStatement(
              "SELECT a.username FROM enrollment e JOIN account a ON a.id = e.trainee_id"
                  + " WHERE e.program_id = ? AND e.status = 'ACTIVE'")) {
        s.setLong(1, importProgram);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            importTrainees.add(r.getString(1));
          }
        }
      }
      p.setProperty("import.trainees", String.join(",", importTrainees));
      p.setProperty(
          "procedureType",
          Long.toString(one(db, "SELECT id FROM procedure_type WHERE code = 'EDX-CONSULT'")));
    }
    Files.createDirectories(Path.of(FILE).getParent());
    try (var out = Files.newOutputStream(Path.of(FILE))) {
      p.store(out, "benchmark targets");
    }
  }

  private static String directorToken(Connection db, HttpClient http, Properties p, long program)
      throws Exception {
    long director =
        one(
            db,
            "SELECT account_id FROM membership WHERE program_id = ? AND role = 'PROGRAM_DIRECTOR'",
            program);
    return token(http, p, username(db, director));
  }

  private static String username(Connection db, long account) throws SQLException {
    try (PreparedStatement s = db.prepareStatement("SELECT username FROM account WHERE id = ?")) {
      s.setLong(1, account);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static long one(Connection db, String sql, Object... args) throws SQLException {
    try (PreparedStatement s = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        if (!r.next() || r.getObject(1) == null) {
          throw new IllegalStateException("nothing found for: " + sql);
        }
        return r.getLong(1);
      }
    }
  }

  private static String token(HttpClient http, Properties p, String username) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create(p.getProperty("base") + "/api/v1/auth/token"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("sign-in of " + username + " failed: " + response.body());
    }
    JsonObject json = Json.createReader(new StringReader(response.body())).readObject();
    return json.getString("accessToken");
  }
}
