package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checked case-log files waiting to be written, kept by the server rather than in the HTTP session,
 * which holds only the id: a session may hold many pages, and a 20 MB file checked on each would
 * hold them all. At most {@link #CAPACITY} files and {@link #ROW_BUDGET} rows and problems at once,
 * one file per person, each until {@link #KEPT_FOR} after its last use; the oldest makes room for a
 * new one, and whoever checked it is asked to check it again (rows already written are skipped).
 * Kept per server: in a cluster, writing follows the check by sticky sessions.
 */
@ApplicationScoped
public class CheckedImports {

  static final int CAPACITY = 4;
  static final int ROW_BUDGET = 250_000;
  static final Duration KEPT_FOR = Duration.ofMinutes(30);

  private record Kept(long ownerId, CaseLogImport.CheckedFile file, Instant at) {}

  private final Map<String, Kept> kept = new LinkedHashMap<>();

  /** Keeps the file for the person who checked it, in place of any they kept before; its id. */
  public synchronized String keep(long ownerId, CaseLogImport.CheckedFile file, Instant now) {
    kept.values().removeIf(k -> k.ownerId() == ownerId || expired(k, now));
    Iterator<Kept> oldest = kept.values().iterator();
    while ((kept.size() >= CAPACITY || rows() + rows(file) > ROW_BUDGET) && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
    String id = UUID.randomUUID().toString();
    kept.put(id, new Kept(ownerId, file, now));
    return id;
  }

  /** The file kept under the id, if it is still kept and was checked by this person. */
  public synchronized Optional<CaseLogImport.CheckedFile> find(
      String id, long ownerId, Instant now) {
    Kept k = id == null ? null : kept.get(id);
    if (k == null || k.ownerId() != ownerId || expired(k, now)) {
      return Optional.empty();
    }
    // in use: kept for another while, and last in line to make room
    kept.remove(id);
    kept.put(id, new Kept(ownerId, k.file(), now));
    return Optional.of(k.file());
  }

  private int rows() {
    return kept.values().stream().mapToInt(k -> rows(k.file())).sum();
  }

  private static int rows(CaseLogImport.CheckedFile file) {
    return file.valid().size() + file.problems().size();
  }

  private static boolean expired(Kept k, Instant now) {
    return k.at().plus(KEPT_FOR).isBefore(now);
  }
}
