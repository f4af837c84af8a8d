package org.continuum.procedure.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

public interface ProcedureLogRepository {

  Optional<ProcedureLog> findById(long id);

  Optional<ProcedureLog> findByIdempotencyKey(long traineeId, String key);

  void add(ProcedureLog log);

  /**
   * Adds many new entries at once (an import), a few hundred a statement; their counts are kept as
   * for {@link #add}, but the entries are not attached and their ids stay unset.
   */
  void addAll(List<ProcedureLog> logs);

  /**
   * The entries these trainees made with these idempotency keys, by "traineeId key": one query for
   * a chunk of an import.
   */
  Map<String, Long> idsByKey(Collection<Long> traineeIds, Collection<String> keys);

  /** Writes pending inserts now, so a broken constraint surfaces inside the caller's method. */
  void flush();

  /**
   * Entries without codes that the one-off coding has not looked at yet, oldest first, with their
   * procedures.
   */
  List<ProcedureLog> uncoded(int limit);

  /** Filters: "status". Sort: performedOn (default, newest first), procedureName, status. */
  Page<LogRow> ofTrainee(long traineeId, PageRequest request);

  /** Entries waiting for this supervisor, oldest first. Filters: "program". */
  Page<LogRow> pendingFor(long supervisorId, PageRequest request);

  long countPendingFor(long supervisorId);

  /** Filters: "status", "trainee" (id), "search" (trainee or procedure name). */
  Page<LogRow> ofProgram(long programId, PageRequest request);

  Optional<LogRow> row(long id);

  /**
   * Verified and pending entries by trainee, procedure and role, for the listed trainees of a
   * program: what minimums are made of.
   */
  List<CountRow> countsForTrainees(long programId, Collection<Long> traineeIds);

  /**
   * A program's entries still waiting for verification that were submitted before the cut-off, by
   * supervisor, most entries first (names left empty).
   */
  List<VerificationBacklog> waitingSince(long programId, java.time.Instant submittedBefore);

  /** One trainee's verified and imported entries in a program, counted by day and kind. */
  List<DatedCount> settledByDay(long programId, long traineeId);

  /** The procedures a trainee logged most recently, newest first, without repeats. */
  List<Long> recentProcedureTypes(long traineeId, int limit);

  /** The trainee's latest entry in the program, whose choices become the next defaults. */
  Optional<ProcedureLog> latest(long traineeId, long programId);

  /** Streams a program's entries (voided excluded) in date order, for exports. */
  void forEachInProgram(long programId, LocalDate from, LocalDate to, Consumer<LogRow> sink);

  void forEachOfTrainee(long traineeId, Consumer<LogRow> sink);
}
