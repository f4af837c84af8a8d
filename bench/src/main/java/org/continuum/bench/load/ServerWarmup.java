package org.continuum.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Brings the server to the state a production server is in before anything is measured: its JIT has
 * compiled the hot paths and its caches and the database's buffer pool hold what the paths read.
 * Without it, the first benchmarks of a run measure compilation (the profile showed the C2 compiler
 * on a core for minutes after start) and cold pages, and each JMH warm-up of a few seconds is far
 * too short for that.
 */
final class ServerWarmup {

  private ServerWarmup() {}

  interface Call {
    void run() throws Exception;
  }

  /** Every read path in turn from two threads, then the log write from fifty, for the seconds. */
  static void run(int seconds) throws Exception {
    AppBenchmarks paths = new AppBenchmarks();
    AppBenchmarks.App app = new AppBenchmarks.App();
    app.setUp();
    List<Call> reads =
        List.of(
            () -> paths.heatMap(app),
            () -> paths.minimumsReport(app),
            () -> paths.dashboard(app),
            () -> paths.traineeProgress(app),
            () -> paths.facultyQueue(app),
            () -> paths.cccPacket(app),
            () -> paths.milestoneExport(app));
    say("warming the server up: read paths for " + seconds + " s");
    drive(2, seconds, i -> reads.get(i % reads.size()));
    say("warming the server up: log writes for " + seconds / 2 + " s");
    drive(
        50,
        seconds / 2,
        i -> {
          AppBenchmarks.Logger logger = new AppBenchmarks.Logger();
          logger.setUp(app);
          return () -> paths.logWrite(app, logger);
        });
  }

  interface CallFactory {
    Call call(int i);
  }

  private static void drive(int threads, int seconds, CallFactory calls) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    AtomicInteger done = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Throwable> firstFailures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int offset = t;
      pool.submit(
          () -> {
            int i = offset;
            Call fixed = threads > 2 ? calls.call(i) : null;
            while (System.nanoTime() < end) {
              try {
                (fixed != null ? fixed : calls.call(i)).run();
                done.incrementAndGet();
              } catch (Exception e) {
                failed.incrementAndGet();
                synchronized (firstFailures) {
                  if (firstFailures.size() < 3) {
                    firstFailures.add(e);
                  }
                }
              }
              i++;
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    say(
        done.get()
            + " calls, "
            + failed.get()
            + " failed"
            + (failed.get() > 0 ? ": " + firstFailures : ""));
  }

  private static void say(String line) {
    System.out.println("# " + line);
  }
}
