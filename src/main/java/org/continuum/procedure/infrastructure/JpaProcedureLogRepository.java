package org.continuum.procedure.infrastructure;

import static org.continuum.shared.infrastructure.ListQuery.LIKE_ESCAPE;
import static org.continuum.shared.infrastructure.ListQuery.containsPattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.continuum.procedure.domain.CountRow;
import org.continuum.procedure.domain.DatedCount;
import org.continuum.procedure.domain.LogRow;
import org.continuum.procedure.domain.LogStatus;
import org.continuum.procedure.domain.ProcedureLog;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.procedure.domain.TraineeRole;
import org.continuum.procedure.domain.VerificationBacklog;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.BulkInsert;
import org.continuum.shared.infrastructure.ListQuery;
import org.continuum.shared.infrastructure.SummaryRows;
import org.hibernate.engine.spi.SessionImplementor;

@ApplicationScoped
public class JpaProcedureLogRepository implements ProcedureLogRepository {

  static final String ROW =
      "select new org.continuum.procedure.domain.LogRow(l.id, l.version, l.programId,"
          + " l.performedOn, t.id, t.code, t.name, l.codedAs, tr.id, tr.displayName, sv.id,"
          + " sv.displayName, l.details, l.status, l.rejectionReason, l.voidReason,"
          + " l.submittedAt, l.attestation, ab.displayName)";

  static final String FROM =
      "from ProcedureLog l join l.procedureType t join Account tr on tr.id = l.traineeId"
          + " join Account sv on sv.id = l.supervisorId"
          + " left join Account ab on ab.id = l.attestation.attestedBy";

  private static final Map<String, String> SORTS =
      Map.of(
          "performedOn", "l.performedOn",
          "procedureName", "t.name",
          "status", "l.status",
          "traineeName", "tr.displayName",
          "supervisorName", "sv.displayName");

  private static final BulkInsert<ProcedureLog> BULK = new BulkInsert<>(ProcedureLog.class);

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ProcedureLog> findById(long id) {
    return Optional.ofNullable(em.find(ProcedureLog.class, id));
  }

  @Override
  public Optional<ProcedureLog> findByIdempotencyKey(long traineeId, String key) {
    return em.createQuery(
            "select l from ProcedureLog l where l.traineeId = :t and l.idempotencyKey = :k",
            ProcedureLog.class)
        .setParameter("t", traineeId)
        .setParameter("k", key)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ProcedureLog log) {
    em.persist(log);
  }

  @Override
  public void addAll(List<ProcedureLog> logs) {
    SessionImplementor session = em.unwrap(SessionImplementor.class);
    BULK.insert(session, logs);
    ProcedureCountListener.inserted(session.asEventSource(), logs);
  }

  @Override
  public Map<String, Long> idsByKey(Collection<Long> traineeIds, Collection<String> keys) {
    if (keys.isEmpty()) {
      return Map.of();
    }
    // the trainees let the unique index (trainee_id, idempotency_key) answer
    return em.createQuery(
            "select l.traineeId, l.idempotencyKey, l.id from ProcedureLog l where l.traineeId in"
                + " :trainees and l.idempotencyKey in :keys",
            Object[].class)
        .setParameter("trainees", traineeIds)
        .setParameter("keys", keys)
        .getResultStream()
        .collect(Collectors.toMap(r -> r[0] + " " + r[1], r -> (Long) r[2]));
  }

  @Override
  public List<ProcedureLog> uncoded(int limit) {
    return em.createQuery(
            "select l from ProcedureLog l join fetch l.procedureType where l.codedAs is null and"
                + " not exists (select 1 from RecodedEntry r where r.logId = l.id) order by l.id",
            ProcedureLog.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public Page<LogRow> ofTrainee(long traineeId, PageRequest request) {
    ListQuery<LogRow> query =
        ListQuery.select(em, LogRow.class, ROW, FROM)
            .where("l.traineeId = :trainee", "trainee", traineeId);
    statusFilter(query, request);
    return query.sortable(SORTS, "l.performedOn", "l.id").fetch(newestFirst(request));
  }

  @Override
  public Page<LogRow> pendingFor(long supervisorId, PageRequest request) {
    ListQuery<LogRow> query =
        ListQuery.select(em, LogRow.class, ROW, FROM)
            .where("l.supervisorId = :supervisor", "supervisor", supervisorId)
            .where("l.status = :pending", "pending", LogStatus.PENDING);
    String program = request.filter("program");
    if (program != null) {
      query.where("l.programId = :program", "program", parseId("program", program));
    }
    return query.sortable(SORTS, "l.performedOn", "l.id").fetch(request);
  }

  @Override
  public long countPendingFor(long supervisorId) {
    return em.createQuery(
            "select count(l) from ProcedureLog l where l.supervisorId = :s and l.status = :p",
            Long.class)
        .setParameter("s", supervisorId)
        .setParameter("p", LogStatus.PENDING)
        .getSingleResult();
  }

  @Override
  public Page<LogRow> ofProgram(long programId, PageRequest request) {
    ListQuery<LogRow> query =
        ListQuery.select(em, LogRow.class, ROW, FROM)
            .where("l.programId = :program", "program", programId);
    statusFilter(query, request);
    String trainee = request.filter("trainee");
    if (trainee != null) {
      query.where("l.traineeId = :trainee", "trainee", parseId("trainee", trainee));
    }
    String search = request.filter("search");
    if (search != null) {
      query.where(
          "lower(tr.displayName) like :q" + LIKE_ESCAPE + " or lower(t.name) like :q" + LIKE_ESCAPE,
          "q",
          containsPattern(search));
    }
    return query.sortable(SORTS, "l.performedOn", "l.id").fetch(newestFirst(request));
  }

  @Override
  public Optional<LogRow> row(long id) {
    return em.createQuery(ROW + " " + FROM + " where l.id = :id", LogRow.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<VerificationBacklog> waitingSince(long programId, Instant submittedBefore) {
    return em.createQuery(
            "select new org.continuum.procedure.domain.VerificationBacklog(l.supervisorId, '',"
                + " count(l), min(l.submittedAt)) from ProcedureLog l where l.programId = :program"
                + " and l.status = :pending and l.submittedAt < :before group by l.supervisorId"
                + " order by count(l) desc, min(l.submittedAt)",
            VerificationBacklog.class)
        .setParameter("program", programId)
        .setParameter("pending", LogStatus.PENDING)
        .setParameter("before", submittedBefore)
        .getResultList();
  }

  @Override
  public List<DatedCount> settledByDay(long programId, long traineeId) {
    return em.createQuery(
            "select new org.continuum.procedure.domain.DatedCount(l.performedOn,"
                + " l.procedureType.id, l.codedAs, l.details.role, l.status, count(l))"
                + " from ProcedureLog l where l.programId = :program and l.traineeId = :trainee"
                + " and l.status in :settled"
                + " group by l.performedOn, l.procedureType.id, l.codedAs, l.details.role,"
                + " l.status",
            DatedCount.class)
        .setParameter("program", programId)
        .setParameter("trainee", traineeId)
        .setParameter("settled", List.of(LogStatus.VERIFIED, LogStatus.IMPORTED))
        .getResultList();
  }

  /**
   * Read from the procedure_count summary (migration V12), kept in step by ProcedureCountListener.
   */
  @Override
  public List<CountRow> countsForTrainees(long programId, Collection<Long> traineeIds) {
    if (traineeIds.isEmpty()) {
      return List.of();
    }
    return SummaryRows.list(
        em,
        "select trainee_id, procedure_type_id, primary_code, trainee_role, status, n from"
            + " procedure_count"
            + " where program_id = ? and trainee_id in ("
            + SummaryRows.placeholders(traineeIds.size())
            + ") and status in ('VERIFIED', 'IMPORTED', 'PENDING') and n <> 0",
        List.of(programId, traineeIds),
        r ->
            new CountRow(
                r.getLong(1),
                r.getLong(2),
                r.getString(3),
                TraineeRole.valueOf(r.getString(4)),
                LogStatus.valueOf(r.getString(5)),
                r.getLong(6)));
  }

  @Override
  public List<Long> recentProcedureTypes(long traineeId, int limit) {
    List<Long> latest =
        em.createQuery(
                "select l.procedureType.id from ProcedureLog l where l.traineeId = :t order by"
                    + " l.performedOn desc, l.id desc",
                Long.class)
            .setParameter("t", traineeId)
            .setMaxResults(100)
            .getResultList();
    Set<Long> distinct = new LinkedHashSet<>(latest);
    return new ArrayList<>(distinct).subList(0, Math.min(limit, distinct.size()));
  }

  @Override
  public Optional<ProcedureLog> latest(long traineeId, long programId) {
    return em.createQuery(
            "select l from ProcedureLog l where l.traineeId = :t and l.programId = :p order by"
                + " l.performedOn desc, l.id desc",
            ProcedureLog.class)
        .setParameter("t", traineeId)
        .setParameter("p", programId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void forEachInProgram(
      long programId, LocalDate from, LocalDate to, Consumer<LogRow> sink) {
    em.createQuery(
            ROW
                + " "
                + FROM
                + " where l.programId = :p and l.status <> :voided and l.performedOn between :from"
                + " and :to order by l.performedOn, l.id",
            LogRow.class)
        .setParameter("p", programId)
        .setParameter("voided", LogStatus.VOIDED)
        .setParameter("from", from)
        .setParameter("to", to)
        .setHint("org.hibernate.fetchSize", 500)
        .getResultStream()
        .forEach(sink);
  }

  @Override
  public void forEachOfTrainee(long traineeId, Consumer<LogRow> sink) {
    em.createQuery(
            ROW
                + " "
                + FROM
                + " where l.traineeId = :t and l.status <> :voided order by l.performedOn, l.id",
            LogRow.class)
        .setParameter("t", traineeId)
        .setParameter("voided", LogStatus.VOIDED)
        .setHint("org.hibernate.fetchSize", 500)
        .getResultStream()
        .forEach(sink);
  }

  private static void statusFilter(ListQuery<LogRow> query, PageRequest request) {
    String status = request.filter("status");
    if (status != null) {
      try {
        query.where("l.status = :status", "status", LogStatus.valueOf(status));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(
            "status", Wording.of("jpaProcedureLogRepository.statusPendingVerifiedImported"));
      }
    }
  }

  private static PageRequest newestFirst(PageRequest request) {
    return request.sortField() == null ? request.sortedBy("performedOn", false) : request;
  }

  private static long parseId(String field, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, Wording.of("jpaProcedureLogRepository.number", field));
    }
  }
}
