package org.continuum.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark against a running application: finds the targets and signs the people in, runs
 * every application path and its SQL floor with JMH, then writes the results table.
 *
 * <p>{@code java -cp continuum-bench.jar org.continuum.bench.load.Run --base=http://127.0.0.1:8080
 * --url=jdbc:mysql://... [--include=regex] [--warm-server=120] [--warmup=5] [--measure=10]
 * [--heap-log=file]}
 */
public final class Run {

  /** The benchmarks that write, run after the reads. */
  private static final String WRITES = ".*(logWrite|csvImport)";

  /** One JMH run; null when nothing matched. */
  private static Path jmh(Map<String, String> a, String include, String exclude, Path json)
      throws Exception {
    Files.createDirectories(json.getParent());
    Files.deleteIfExists(json);
    OptionsBuilder options = new OptionsBuilder();
    options
        .include(include)
        .forks(1)
        .warmupIterations(1)
        .warmupTime(TimeValue.seconds(Integer.parseInt(a.getOrDefault("warmup", "5"))))
        .measurementIterations(2)
        .measurementTime(TimeValue.seconds(Integer.parseInt(a.getOrDefault("measure", "10"))))
        .jvmArgsAppend("-Dbench.target=" + Target.FILE, "-Xmx1g")
        .resultFormat(ResultFormatType.JSON)
        .result(json.toString());
    if (exclude != null) {
      options.exclude(exclude);
    }
    try {
      new Runner(options.build()).run();
    } catch (org.openjdk.jmh.runner.NoBenchmarksException e) {
      return null;
    }
    return json;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> a = new HashMap<>();
    for (String arg : args) {
      String[] kv = arg.replaceFirst("^--", "").split("=", 2);
      a.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    String url =
        a.getOrDefault(
            "url",
            "jdbc:mysql://127.0.0.1:3306/continuum_bench?connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true");
    Target.prepare(
        a.getOrDefault("base", "http://127.0.0.1:8080"),
        url,
        a.getOrDefault("user", "root"),
        a.getOrDefault("password", ""));
    int warmServer = Integer.parseInt(a.getOrDefault("warm-server", "120"));
    if (warmServer > 0) {
      ServerWarmup.run(warmServer);
    }
    String include = a.getOrDefault("include", "org.continuum.bench.load.*Benchmarks.*");
    // reads first, on the data as generated; then the writes, whose rows are removed afterwards
    Path reads = jmh(a, include, WRITES, Path.of("bench/target/jmh-reads.json"));
    String writing = include.matches(".*(logWrite|csvImport).*") ? include : include + WRITES;
    Path writes = jmh(a, writing, null, Path.of("bench/target/jmh-writes.json"));
    Path table =
        Report.write(
            java.util.stream.Stream.of(reads, writes).filter(java.util.Objects::nonNull).toList(),
            a.get("heap-log"),
            Target.load());
    Target.cleanUp(Target.load().p);
    System.out.println("Results: " + table);
  }
}
