package org.continuum.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The application's paths over HTTP, as a client sees them: each call must answer 2xx or the run
 * fails. Reads run from two threads (the machine has two cores); log writes from fifty clients,
 * each with its own trainee and a fresh idempotency key per entry.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AppBenchmarks {

  /** The HTTP client and the targets, shared by the threads of a benchmark. */
  @State(Scope.Benchmark)
  public static class App {
    Target target;
    HttpClient http;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
      target = Target.load();
      http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
    }

    String asDirector(String path) throws Exception {
      return get(path, target.get("directorToken"));
    }

    String get(String path, String token) throws Exception {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(target.base() + path))
                  .header("Authorization", "Bearer " + token)
                  .timeout(Duration.ofSeconds(30))
                  .GET()
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() / 100 != 2) {
        throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    }
  }

  /** One logger per thread, taken in turn. */
  @State(Scope.Thread)
  public static class Logger {
    private static final AtomicInteger NEXT = new AtomicInteger();
    String token;
    long program;
    long supervisor;
    long type;
    String lastKey;
    int calls;

    @Setup(Level.Trial)
    public void setUp(App app) {
      int i = NEXT.getAndIncrement() % Integer.parseInt(app.target.get("loggers"));
      token = app.target.get("logger." + i + ".token");
      program = app.target.id("logger." + i + ".program");
      supervisor = app.target.id("logger." + i + ".supervisor");
      type = app.target.id("procedureType");
    }
  }

  @Benchmark
  @Threads(2)
  public String heatMap(App app) throws Exception {
    return app.asDirector("/api/v1/programs/" + app.target.id("program") + "/dashboard/heat-map");
  }

  @Benchmark
  @Threads(2)
  public String minimumsReport(App app) throws Exception {
    return app.asDirector("/api/v1/procedure-minimums/report?program=" + app.target.id("program"));
  }

  /**
   * The director's dashboard in one request: the heat map and the minimums of the program, with the
   * periods and the early warnings drawn from them.
   */
  @Benchmark
  @Threads(2)
  public String dashboard(App app) throws Exception {
    return app.asDirector("/api/v1/programs/" + app.target.id("program") + "/dashboard");
  }

  /**
   * The same two aggregates asked for part by part, as the dashboard was measured until session 6;
   * kept to compare the two (its floor is the dashboard's).
   */
  @Benchmark
  @Threads(2)
  public int dashboardInParts(App app) throws Exception {
    return heatMap(app).length() + minimumsReport(app).length();
  }

  /** The home of a director or coordinator: what to chase in the program (session 9). */
  @Benchmark
  @Threads(2)
  public String workToDo(App app) throws Exception {
    return app.asDirector("/api/v1/programs/" + app.target.id("program") + "/work");
  }

  /** A trainee's minimums month by month, as their page draws them (session 9). */
  @Benchmark
  @Threads(2)
  public String traineeHistory(App app) throws Exception {
    return app.asDirector(
        "/api/v1/programs/"
            + app.target.id("program")
            + "/requirements/trainees/"
            + app.target.id("trainee")
            + "/history");
  }

  @Benchmark
  @Threads(2)
  public String traineeProgress(App app) throws Exception {
    return app.get("/api/v1/procedure-progress", app.target.get("traineeToken"));
  }

  @Benchmark
  @Threads(2)
  public String facultyQueue(App app) throws Exception {
    return app.get("/api/v1/verifications", app.target.get("facultyToken"));
  }

  @Benchmark
  @Threads(2)
  public String cccPacket(App app) throws Exception {
    return app.asDirector(
        "/api/v1/reviews/" + app.target.id("openPeriod") + "/trainees/" + app.target.id("trainee"));
  }

  @Benchmark
  @Threads(2)
  public String milestoneExport(App app) throws Exception {
    return app.asDirector(
        "/api/v1/reviews/" + app.target.id("finalisedPeriod") + "/milestones.csv");
  }

  @Benchmark
  @Threads(50)
  public int logWrite(App app, Logger logger) throws Exception {
    String body =
        "{\"programId\":"
            + logger.program
            + ",\"procedureTypeId\":"
            + logger.type
            + ",\"performedOn\":\""
            + LocalDate.now().minusDays(1)
            + "\",\"supervisorId\":"
            + logger.supervisor
            + ",\"role\":\"PERFORMED\",\"setting\":\"OUTPATIENT\",\"laterality\":\"LEFT\","
            + "\"counts\":{\"NERVE_STUDIES\":6,\"EMG_LIMBS\":1},"
            + "\"ageBand\":\"AGE_40_64\",\"sex\":\"FEMALE\"}";
    HttpResponse<Void> r =
        app.http.send(
            HttpRequest.newBuilder(URI.create(app.target.base() + "/api/v1/procedure-logs"))
                .header("Authorization", "Bearer " + logger.token)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key(logger))
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (r.statusCode() != 201) {
      throw new IllegalStateException("log write answered " + r.statusCode());
    }
    return r.statusCode();
  }

  /** Rows in one imported file. */
  static final int IMPORT_ROWS = 10_000;

  /** A director's CSV file for a program of the institution, different at every call. */
  @State(Scope.Thread)
  public static class Importer {
    String token;
    long program;
    String[] trainees;
    String supervisor;
    int files;

    @Setup(Level.Trial)
    public void setUp(App app) {
      token = app.target.get("import.directorToken");
      program = app.target.id("import.program");
      trainees = app.target.get("import.trainees").split(",");
      supervisor = app.target.get("import.supervisor");
    }

    String nextFile() {
      files++;
      StringBuilder csv =
          new StringBuilder(
              "date,trainee,procedure,role,setting,supervisor,spine_region,levels,laterality,"
                  + "guidance,age_band,sex,diagnosis,complications,note,status\n");
      LocalDate day = LocalDate.now().minusYears(1);
      for (int i = 0; i < IMPORT_ROWS; i++) {
        csv.append(day.minusDays(i % 300))
            .append(',')
            .append(trainees[i % trainees.length])
            .append(",TFESI-LS,performed,outpatient,")
            .append(supervisor)
            .append(",lumbar,L4-L5,left,,40-64,female,,,")
            .append("bench file ")
            .append(files)
            .append(i % 5 == 0 ? ",pending\n" : ",verified\n");
      }
      return csv.toString();
    }
  }

  /** A historical case log of {@link #IMPORT_ROWS} rows imported over the API, one file a call. */
  @Benchmark
  @Threads(1)
  public int csvImport(App app, Importer importer) throws Exception {
    HttpResponse<String> r =
        app.http.send(
            HttpRequest.newBuilder(
                    URI.create(
                        app.target.base()
                            + "/api/v1/programs/"
                            + importer.program
                            + "/procedure-log-imports"))
                .header("Authorization", "Bearer " + importer.token)
                .header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(importer.nextFile()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200 || !r.body().contains("\"imported\":" + IMPORT_ROWS)) {
      throw new IllegalStateException("import answered " + r.statusCode() + ": " + r.body());
    }
    return r.statusCode();
  }

  /**
   * A new key per entry, except every tenth call, which sends the previous entry again as a client
   * retrying after a lost answer would: it must be replayed, not stored twice.
   */
  private static String key(Logger logger) {
    if (logger.lastKey != null && ++logger.calls % 10 == 0) {
      return logger.lastKey;
    }
    logger.lastKey = "bench-" + UUID.randomUUID();
    return logger.lastKey;
  }
}
