package org.continuum.bench.load;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results table: per path the median, p95 and p99 in milliseconds, the throughput, the same for
 * its SQL floor and the ratio of the two medians and p95s; then the machine, the data set, the
 * server's heap and the duplicate check of the log writes. Written to bench/results/.
 */
final class Report {

  private static final String KEY =
      "program_id, trainee_id, procedure_type_id, trainee_role, status, primary_code";

  /** The logs with the primary code the summary keeps them under ('' when not coded). */
  private static final String LOGS =
      "(SELECT program_id, trainee_id, procedure_type_id, trainee_role, status, idempotency_key,"
          + " COALESCE(SUBSTRING(coded_as, 1, 5), '') primary_code FROM procedure_log)";

  /** Keys whose procedure_count differs from the logs, both ways round. */
  static final String SUMMARY_DRIFT =
      "SELECT (SELECT COUNT(*) FROM (SELECT "
          + KEY
          + ", COUNT(*) k FROM "
          + LOGS
          + " p WHERE idempotency_key IS NULL OR idempotency_key NOT LIKE 'floor-%' GROUP BY "
          + KEY
          + ") l LEFT JOIN procedure_count c USING ("
          + KEY
          + ") WHERE c.n IS NULL OR c.n <> l.k) + (SELECT COUNT(*) FROM procedure_count c WHERE"
          + " c.n <> 0 AND NOT EXISTS (SELECT 1 FROM "
          + LOGS
          + " l WHERE l.program_id = c.program_id AND l.trainee_id = c.trainee_id AND"
          + " l.procedure_type_id = c.procedure_type_id AND l.trainee_role = c.trainee_role AND"
          + " l.status = c.status AND l.primary_code = c.primary_code))";

  private Report() {}

  private static String threads(String benchmark) {
    return switch (benchmark) {
      case "logWrite" -> "50";
      case "csvImport" -> "1";
      default -> "2";
    };
  }

  record Row(double p50, double p95, double p99, double perSecond, long samples) {}

  static Path write(List<Path> jmhJson, String heapLog, Target target) throws Exception {
    Map<String, Row> app = new LinkedHashMap<>();
    Map<String, Row> floor = new LinkedHashMap<>();
    List<JsonObject> runs = new java.util.ArrayList<>();
    for (Path file : jmhJson) {
      if (file != null && Files.exists(file)) {
        runs.addAll(
            Json.createReader(new StringReader(Files.readString(file)))
                .readArray()
                .getValuesAs(JsonObject.class));
      }
    }
    for (JsonObject run : runs) {
      String name = run.getString("benchmark");
      String method = name.substring(name.lastIndexOf('.') + 1);
      JsonObject metric = run.getJsonObject("primaryMetric");
      JsonObject pct = metric.getJsonObject("scorePercentiles");
      long samples = 0;
      for (JsonValue fork : metric.getJsonArray("rawDataHistogram")) {
        for (JsonValue iteration : fork.asJsonArray()) {
          for (JsonValue bin : iteration.asJsonArray()) {
            samples += bin.asJsonArray().getJsonNumber(1).longValue();
          }
        }
      }
      double seconds =
          run.getInt("measurementIterations")
              * Double.parseDouble(run.getString("measurementTime").replaceAll("[^0-9.]", ""));
      Row row =
          new Row(
              pct.getJsonNumber("50.0").doubleValue(),
              pct.getJsonNumber("95.0").doubleValue(),
              pct.getJsonNumber("99.0").doubleValue(),
              samples / seconds,
              samples);
      (name.contains("FloorBenchmarks") ? floor : app).put(method, row);
    }
    StringBuilder md = new StringBuilder();
    String when =
        LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    md.append("# Benchmark results, ").append(when).append(" UTC\n\n");
    md.append("Times in milliseconds; throughput in calls a second over the measured time. ")
        .append("Floor: the same rows read, or the same row written, directly through JDBC.\n\n");
    md.append(
        "| path | threads | median | p95 | p99 | calls/s | floor median | floor p95 | floor calls/s | ratio p95 |\n");
    md.append("|---|---|---|---|---|---|---|---|---|---|\n");
    for (Map.Entry<String, Row> e : app.entrySet()) {
      Row r = e.getValue();
      // the dashboard asked for part by part reads what the dashboard reads: one floor for both
      Row f = floor.get(e.getKey().equals("dashboardInParts") ? "dashboard" : e.getKey());
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %.1f | %.1f | %.1f | %.0f | %s | %s | %s | %s |%n",
              e.getKey(),
              threads(e.getKey()),
              r.p50(),
              r.p95(),
              r.p99(),
              r.perSecond(),
              f == null ? "-" : String.format(Locale.ROOT, "%.1f", f.p50()),
              f == null ? "-" : String.format(Locale.ROOT, "%.1f", f.p95()),
              f == null ? "-" : String.format(Locale.ROOT, "%.0f", f.perSecond()),
              f == null || f.p95() == 0
                  ? "-"
                  : String.format(Locale.ROOT, "%.2f", r.p95() / f.p95())));
    }
    for (Map.Entry<String, Row> e : floor.entrySet()) {
      if (!app.containsKey(e.getKey())) {
        Row f = e.getValue();
        md.append(
            String.format(
                Locale.ROOT,
                "| %s (floor only) | 2 | - | - | - | - | %.1f | %.1f | %.0f | - |%n",
                e.getKey(),
                f.p50(),
                f.p95(),
                f.perSecond()));
      }
    }
    Row imports = app.get("csvImport");
    if (imports != null) {
      Row f = floor.get("csvImport");
      md.append(
          String.format(
              Locale.ROOT,
              "%nCSV import: %,d rows a file; %,.0f rows a second at the median (floor %s).%n",
              AppBenchmarks.IMPORT_ROWS,
              AppBenchmarks.IMPORT_ROWS / (imports.p50() / 1000),
              f == null
                  ? "not run"
                  : String.format(
                      Locale.ROOT,
                      "%,.0f rows a second",
                      AppBenchmarks.IMPORT_ROWS / (f.p50() / 1000))));
    }
    md.append("\n## Machine and data\n\n");
    md.append("- CPU: ")
        .append(cpu())
        .append(", ")
        .append(Runtime.getRuntime().availableProcessors())
        .append(" cores\n");
    md.append("- Memory: ").append(memory()).append('\n');
    md.append("- Java: ")
        .append(System.getProperty("java.vm.name"))
        .append(' ')
        .append(System.getProperty("java.version"))
        .append('\n');
    try (Connection db = Target.connect(target.p);
        Statement s = db.createStatement()) {
      md.append("- Database: ").append(one(s, "SELECT VERSION()")).append('\n');
      md.append("- Data: ")
          .append(one(s, "SELECT COUNT(*) FROM program"))
          .append(" programs, ")
          .append(one(s, "SELECT COUNT(*) FROM enrollment"))
          .append(" enrollments, ")
          .append(one(s, "SELECT COUNT(*) FROM procedure_log"))
          .append(" procedure logs, ")
          .append(one(s, "SELECT COUNT(*) FROM evaluation"))
          .append(" evaluations, ")
          .append(one(s, "SELECT COUNT(*) FROM evaluation_answer"))
          .append(" item answers, ")
          .append(one(s, "SELECT COUNT(*) FROM final_level"))
          .append(" final levels\n");
      md.append("- Log writes: ")
          .append(one(s, "SELECT COUNT(*) FROM procedure_log WHERE idempotency_key LIKE 'bench-%'"))
          .append(" rows for ")
          .append(
              one(
                  s,
                  "SELECT COUNT(DISTINCT trainee_id, idempotency_key) FROM procedure_log WHERE idempotency_key LIKE 'bench-%'"))
          .append(" distinct idempotency keys (every tenth request replays the previous key)\n");
      md.append("- Procedure count summary against a fresh count of the logs: ")
          .append(one(s, SUMMARY_DRIFT))
          .append(" differing keys (rows the JDBC floor inserted are not the application's)\n");
    }
    if (heapLog != null && Files.exists(Path.of(heapLog))) {
      md.append("- Server heap (jstat, sampled every second): ")
          .append(heap(Path.of(heapLog)))
          .append('\n');
    }
    Path out =
        Path.of("bench/results", "results-" + when.replace(" ", "-").replace(":", "") + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, md.toString());
    return out;
  }

  private static String one(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  private static String cpu() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String memory() {
    try {
      return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** Max used heap (S0U+S1U+EU+OU) and committed capacity from `jstat -gc` lines, in MiB. */
  static String heap(Path log) throws IOException {
    double maxUsed = 0;
    double maxCapacity = 0;
    List<String> header = null;
    for (String line : Files.readAllLines(log)) {
      List<String> cells = List.of(line.trim().split("\\s+"));
      if (cells.contains("EU")) {
        header = cells;
        continue;
      }
      if (header == null || cells.size() != header.size()) {
        continue;
      }
      try {
        double used =
            v(header, cells, "S0U")
                + v(header, cells, "S1U")
                + v(header, cells, "EU")
                + v(header, cells, "OU");
        double capacity =
            v(header, cells, "S0C")
                + v(header, cells, "S1C")
                + v(header, cells, "EC")
                + v(header, cells, "OC");
        maxUsed = Math.max(maxUsed, used);
        maxCapacity = Math.max(maxCapacity, capacity);
      } catch (NumberFormatException e) {
        // a partial line at the end of the log
      }
    }
    return String.format(
        Locale.ROOT,
        "at most %.0f MiB used, %.0f MiB committed (limit -Xmx512m)",
        maxUsed / 1024,
        maxCapacity / 1024);
  }

  private static double v(List<String> header, List<String> cells, String name) {
    return Double.parseDouble(cells.get(header.indexOf(name)));
  }
}
