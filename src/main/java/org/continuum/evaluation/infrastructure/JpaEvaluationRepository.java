package org.continuum.evaluation.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.continuum.evaluation.domain.AnonymousFeedback;
import org.continuum.evaluation.domain.AnonymousTally;
import org.continuum.evaluation.domain.CohortRating;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.evaluation.domain.Evaluation;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationRepository;
import org.continuum.evaluation.domain.EvaluationRow;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.evaluation.domain.EvaluationTally;
import org.continuum.evaluation.domain.FeedbackRow;
import org.continuum.evaluation.domain.ItemType;
import org.continuum.evaluation.domain.MilestoneRating;
import org.continuum.evaluation.domain.NarrativeComment;
import org.continuum.evaluation.domain.WaitingFeedback;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.ListQuery;
import org.continuum.shared.infrastructure.SummaryRows;

@ApplicationScoped
public class JpaEvaluationRepository implements EvaluationRepository {

  static final String ROW =
      "select new org.continuum.evaluation.domain.EvaluationRow(e.id, e.version, e.programId,"
          + " e.kind, e.status, f.title, ev.id, ev.displayName, tr.id, tr.displayName,"
          + " e.aboutFacultyId, ro.name, e.procedureLogId, e.periodStart, e.periodEnd, e.dueOn,"
          + " e.signedAt, e.acknowledgedAt, e.amendsId, e.amendedById)";

  static final String FROM =
      "from Evaluation e join e.form f join Account ev on ev.id = e.evaluatorId"
          + " join Account tr on tr.id = e.traineeId left join Rotation ro on ro.id = e.rotationId";

  private static final Map<String, String> SORTS =
      Map.of(
          "dueOn", "e.dueOn",
          "signedAt", "e.signedAt",
          "status", "e.status",
          "kind", "e.kind",
          "traineeName", "tr.displayName",
          "evaluatorName", "ev.displayName");

  private static final EnumSet<EvaluationStatus> OPEN =
      EnumSet.of(EvaluationStatus.REQUESTED, EvaluationStatus.IN_PROGRESS);

  private static final EnumSet<EvaluationKind> ABOUT_TRAINEE =
      EnumSet.of(
          EvaluationKind.FACULTY_OF_TRAINEE,
          EvaluationKind.DIRECT_OBSERVATION,
          EvaluationKind.SELF_ASSESSMENT);

  private static final EnumSet<EvaluationKind> ANONYMOUS =
      EnumSet.of(EvaluationKind.ROTATION_AND_FACULTY);

  /** Every kind but the anonymous ones, which a program sees only as counts. */
  private static final EnumSet<EvaluationKind> NAMED = EnumSet.complementOf(ANONYMOUS);

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Evaluation> findById(long id) {
    return Optional.ofNullable(em.find(Evaluation.class, id));
  }

  @Override
  public Optional<EvaluationRow> row(long id) {
    return em.createQuery(ROW + " " + FROM + " where e.id = :id", EvaluationRow.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public boolean existsByRequestKey(String requestKey) {
    return !em.createQuery("select e.id from Evaluation e where e.requestKey = :k", Long.class)
        .setParameter("k", requestKey)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Optional<Evaluation> findByRequestKey(String requestKey) {
    return em.createQuery("select e from Evaluation e where e.requestKey = :k", Evaluation.class)
        .setParameter("k", requestKey)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Evaluation evaluation) {
    em.persist(evaluation);
  }

  @Override
  public void add(AnonymousFeedback feedback) {
    em.persist(feedback);
  }

  @Override
  public void flush() {
    em.flush();
  }

  @Override
  public List<Long> signedIds(Long programId, Long traineeId, long afterId, int limit) {
    String where =
        programId == null ? "" : " and e.programId = :program and e.traineeId = :trainee";
    var query =
        em.createQuery(
                "select e.id from Evaluation e where e.status = :signed and e.id > :after"
                    + where
                    + " order by e.id",
                Long.class)
            .setParameter("signed", EvaluationStatus.SIGNED)
            .setParameter("after", afterId)
            .setMaxResults(limit);
    if (programId != null) {
      query.setParameter("program", programId).setParameter("trainee", traineeId);
    }
    return query.getResultList();
  }

  @Override
  public List<Evaluation> withContent(java.util.Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    // answers in one query; the signatures of the same evaluations in a second one, not per row
    List<Evaluation> loaded =
        em.createQuery(
                "select distinct e from Evaluation e left join fetch e.answers where e.id in :ids",
                Evaluation.class)
            .setParameter("ids", ids)
            .getResultList();
    em.createQuery(
            "select distinct e from Evaluation e left join fetch e.signatures where e in :loaded",
            Evaluation.class)
        .setParameter("loaded", loaded)
        .getResultList();
    return loaded;
  }

  @Override
  public void clear() {
    em.clear();
  }

  @Override
  public List<EvaluationRow> openFor(long evaluatorId) {
    return em.createQuery(
            ROW
                + " "
                + FROM
                + " where e.evaluatorId = :me and e.status in :open order by e.dueOn, e.id",
            EvaluationRow.class)
        .setParameter("me", evaluatorId)
        .setParameter("open", OPEN)
        .setMaxResults(PageRequest.MAX_LIMIT)
        .getResultList();
  }

  @Override
  public long countOpenFor(long evaluatorId) {
    return em.createQuery(
            "select count(e) from Evaluation e where e.evaluatorId = :me and e.status in :open",
            Long.class)
        .setParameter("me", evaluatorId)
        .setParameter("open", OPEN)
        .getSingleResult();
  }

  @Override
  public long countOverdueFor(long evaluatorId, LocalDate today) {
    return em.createQuery(
            "select count(e) from Evaluation e where e.evaluatorId = :me and e.status in :open"
                + " and e.dueOn < :today",
            Long.class)
        .setParameter("me", evaluatorId)
        .setParameter("open", OPEN)
        .setParameter("today", today)
        .getSingleResult();
  }

  @Override
  public Page<EvaluationRow> aboutTrainee(long traineeId, PageRequest request) {
    return ListQuery.select(em, EvaluationRow.class, ROW, FROM)
        .where("e.traineeId = :trainee", "trainee", traineeId)
        .where("e.kind in :kinds", "kinds", ABOUT_TRAINEE)
        .where("e.status = :signed", "signed", EvaluationStatus.SIGNED)
        .sortable(SORTS, "e.signedAt", "e.id")
        .fetch(newestFirst(request));
  }

  @Override
  public List<EvaluationRow> aboutTraineeInProgram(long programId, long traineeId) {
    return em.createQuery(
            ROW
                + " "
                + FROM
                + " where e.programId = :program and e.traineeId = :trainee"
                + " and e.kind in :kinds and e.status = :signed and e.amendedById is null"
                + " order by e.signedAt desc, e.id desc",
            EvaluationRow.class)
        .setParameter("program", programId)
        .setParameter("trainee", traineeId)
        .setParameter("kinds", ABOUT_TRAINEE)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .getResultList();
  }

  @Override
  public List<EvaluationTally> tallies(
      long programId, java.util.Collection<Long> traineeIds, LocalDate today) {
    if (traineeIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select new org.continuum.evaluation.domain.EvaluationTally(e.traineeId, e.kind,"
                + " count(e), sum(case when e.status = :signed then 1 else 0 end),"
                + " sum(case when e.status in :open and e.dueOn < :today then 1 else 0 end))"
                + " from Evaluation e where e.programId = :program and e.traineeId in :trainees"
                + " and e.kind in :kinds and e.status <> :cancelled and e.amendsId is null"
                + " group by e.traineeId, e.kind",
            EvaluationTally.class)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .setParameter("open", OPEN)
        .setParameter("today", today)
        .setParameter("program", programId)
        .setParameter("trainees", traineeIds)
        .setParameter("kinds", ABOUT_TRAINEE)
        .setParameter("cancelled", EvaluationStatus.CANCELLED)
        .getResultList();
  }

  @Override
  public long countUnacknowledged(long traineeId) {
    return em.createQuery(
            "select count(e) from Evaluation e where e.traineeId = :t and e.status = :signed"
                + " and e.kind in :kinds and e.acknowledgedAt is null and e.amendedById is null",
            Long.class)
        .setParameter("t", traineeId)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .setParameter(
            "kinds",
            EnumSet.of(EvaluationKind.FACULTY_OF_TRAINEE, EvaluationKind.DIRECT_OBSERVATION))
        .getSingleResult();
  }

  @Override
  public Page<EvaluationRow> signedBy(long evaluatorId, PageRequest request) {
    return ListQuery.select(em, EvaluationRow.class, ROW, FROM)
        .where("e.evaluatorId = :me", "me", evaluatorId)
        .where("e.status = :signed", "signed", EvaluationStatus.SIGNED)
        // content imported as signed elsewhere was not signed by its evaluator
        .where(
            "exists (select s.id from Signature s where s.evaluation = e and s.signerId = :signer)",
            "signer",
            evaluatorId)
        .sortable(SORTS, "e.signedAt", "e.id")
        .fetch(newestFirst(request));
  }

  @Override
  public Page<EvaluationRow> ofProgram(long programId, LocalDate today, PageRequest request) {
    ListQuery<EvaluationRow> query =
        ListQuery.select(em, EvaluationRow.class, ROW, FROM)
            .where("e.programId = :program", "program", programId)
            // who handed in an anonymous evaluation, or who did not, is nobody's to list
            .where("e.kind in :named", "named", NAMED);
    String status = request.filter("status");
    if ("OVERDUE".equals(status)) {
      query.where("e.status in :open", "open", OPEN).where("e.dueOn < :today", "today", today);
    } else if (status != null) {
      query.where("e.status = :status", "status", parse(EvaluationStatus.class, "status", status));
    }
    String kind = request.filter("kind");
    if (kind != null) {
      query.where("e.kind = :kind", "kind", parse(EvaluationKind.class, "kind", kind));
    }
    String trainee = request.filter("trainee");
    if (trainee != null) {
      try {
        query.where("e.traineeId = :trainee", "trainee", Long.parseLong(trainee));
      } catch (NumberFormatException e) {
        throw new InvalidInputException("trainee", Wording.of("jpaEvaluationRepository.traineeId"));
      }
    }
    return query.sortable(SORTS, "e.dueOn", "e.id").fetch(request);
  }

  @Override
  public Optional<Evaluation> openAmendmentOf(long evaluationId) {
    return em.createQuery(
            "select e from Evaluation e where e.amendsId = :id and e.status in :open",
            Evaluation.class)
        .setParameter("id", evaluationId)
        .setParameter("open", OPEN)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Evaluation> toRemind(LocalDate dueBy, LocalDate today) {
    return em.createQuery(
            "select e from Evaluation e where e.status in :open and e.dueOn <= :dueBy"
                + " and (e.remindedOn is null or e.remindedOn < :today)"
                + " order by e.evaluatorId, e.dueOn",
            Evaluation.class)
        .setParameter("open", OPEN)
        .setParameter("dueBy", dueBy)
        .setParameter("today", today)
        .getResultList();
  }

  @Override
  public List<MilestoneRating> milestoneRatings(long programId, long traineeId, LocalDate upTo) {
    return em.createQuery(
            "select new org.continuum.evaluation.domain.MilestoneRating(fi.subcompetencyCode,"
                + " a.value, e.kind, e.periodEnd, e.signedAt) from Answer a join a.evaluation e"
                + " join FormItem fi on fi.form = e.form and fi.seq = a.itemSeq"
                + " where fi.type = :milestone"
                + " and e.programId = :p and e.traineeId = :t and e.status = :signed"
                + " and e.amendedById is null and a.value is not null and a.value <> :nya"
                + " and (e.periodEnd is null or e.periodEnd <= :upTo)"
                + " order by e.periodEnd, e.signedAt, e.id",
            MilestoneRating.class)
        .setParameter("milestone", ItemType.MILESTONE)
        .setParameter("p", programId)
        .setParameter("t", traineeId)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .setParameter("nya", ItemType.NOT_YET_ASSESSABLE)
        .setParameter("upTo", upTo)
        .getResultList();
  }

  @Override
  public List<NarrativeComment> comments(
      long programId, long traineeId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select new org.continuum.evaluation.domain.NarrativeComment(e.kind, e.periodEnd,"
                + " fi.prompt, a.text, ev.displayName) from Answer a join a.evaluation e"
                + " join FormItem fi on fi.form = e.form and fi.seq = a.itemSeq"
                + " join Account ev on ev.id = e.evaluatorId"
                + " where a.text is not null and e.programId = :p"
                + " and e.traineeId = :t and e.status = :signed and e.amendedById is null"
                + " and e.periodEnd between :from and :to order by e.periodEnd, e.id, fi.seq",
            NarrativeComment.class)
        .setParameter("p", programId)
        .setParameter("t", traineeId)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  /**
   * Read from the cohort_rating table (migration V13), one range of its primary key, kept in step
   * with signatures and amendments by CohortRatingListener. Counted by value in the database: a
   * third of the rows, and medians need only how many of each.
   */
  @Override
  public List<CohortRating> cohortRatings(long programId, LocalDate from, LocalDate to) {
    return SummaryRows.list(
        em,
        "select trainee_id, subcompetency_code, rating, count(*) from cohort_rating"
            + " where program_id = ? and period_end between ? and ?"
            + " group by trainee_id, subcompetency_code, rating",
        List.of(programId, from, to),
        r -> new CohortRating(r.getLong(1), r.getString(2), r.getString(3), r.getInt(4)));
  }

  @Override
  public List<CompletionRow> completion(
      long programId, LocalDate from, LocalDate to, LocalDate today) {
    return em.createQuery(
            "select new org.continuum.evaluation.domain.CompletionRow(ev.id, ev.displayName,"
                + " count(e), sum(case when e.status = :signed then 1 else 0 end),"
                + " sum(case when e.status in :open then 1 else 0 end),"
                + " sum(case when e.status in :open and e.dueOn < :today then 1 else 0 end))"
                + " from Evaluation e join Account ev on ev.id = e.evaluatorId"
                + " where e.programId = :p and e.kind in :faculty and e.dueOn between :from and :to"
                + " and e.status <> :cancelled and e.amendsId is null"
                + " group by ev.id, ev.displayName order by ev.displayName",
            CompletionRow.class)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .setParameter("open", OPEN)
        .setParameter("today", today)
        .setParameter("p", programId)
        .setParameter(
            "faculty",
            EnumSet.of(EvaluationKind.FACULTY_OF_TRAINEE, EvaluationKind.DIRECT_OBSERVATION))
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("cancelled", EvaluationStatus.CANCELLED)
        .getResultList();
  }

  @Override
  public List<FeedbackRow> feedback(long programId, int academicYear) {
    return em.createQuery(
            "select new org.continuum.evaluation.domain.FeedbackRow(f.id, f.rotationId,"
                + " f.aboutFacultyId, f.formId, a.itemSeq, a.value, a.text, f.releasedOn,"
                + " f.releaseBatch)"
                + " from AnonymousFeedback f join f.answers a"
                + " where f.programId = :p and f.academicYear = :y and f.releasedOn is not null",
            FeedbackRow.class)
        .setParameter("p", programId)
        .setParameter("y", academicYear)
        .getResultList();
  }

  @Override
  public List<WaitingFeedback> waitingFeedback() {
    return em.createQuery(
            "select new org.continuum.evaluation.domain.WaitingFeedback(f.programId,"
                + " f.academicYear, f.rotationId, f.aboutFacultyId, count(f))"
                + " from AnonymousFeedback f where f.releasedOn is null"
                + " group by f.programId, f.academicYear, f.rotationId, f.aboutFacultyId",
            WaitingFeedback.class)
        .getResultList();
  }

  @Override
  public int release(WaitingFeedback group, int atLeast, LocalDate on) {
    // "= null" matches nothing in SQL, so a group without a rotation or faculty member says so
    String rotation = group.rotationId() == null ? "is null" : "= :rotation";
    String faculty = group.aboutFacultyId() == null ? "is null" : "= :faculty";
    var waiting =
        em.createQuery(
                "select f.id from AnonymousFeedback f where f.releasedOn is null"
                    + " and f.programId = :p and f.academicYear = :y and f.rotationId "
                    + rotation
                    + " and f.aboutFacultyId "
                    + faculty,
                String.class)
            .setParameter("p", group.programId())
            .setParameter("y", group.academicYear())
            // locked and counted again: a release made meanwhile elsewhere (another server of a
            // cluster) must not leave this one releasing a lone late response
            .setLockMode(LockModeType.PESSIMISTIC_WRITE);
    if (group.rotationId() != null) {
      waiting.setParameter("rotation", group.rotationId());
    }
    if (group.aboutFacultyId() != null) {
      waiting.setParameter("faculty", group.aboutFacultyId());
    }
    List<String> ids = waiting.getResultList();
    if (ids.size() < atLeast) {
      return 0;
    }
    return em.createQuery(
            "update AnonymousFeedback f set f.releasedOn = :on, f.releaseBatch = :batch"
                + " where f.id in :ids")
        .setParameter("on", on)
        .setParameter("batch", UUID.randomUUID().toString())
        .setParameter("ids", ids)
        .executeUpdate();
  }

  @Override
  public AnonymousTally anonymousTally(
      long programId, int academicYear, LocalDate from, LocalDate to) {
    long requested =
        em.createQuery(
                "select count(e) from Evaluation e where e.programId = :p and e.kind in :anonymous"
                    + " and e.status <> :cancelled and e.dueOn between :from and :to",
                Long.class)
            .setParameter("p", programId)
            .setParameter("anonymous", ANONYMOUS)
            .setParameter("cancelled", EvaluationStatus.CANCELLED)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    // never the requests' own status: that moves the moment someone hands in
    long released =
        em.createQuery(
                "select count(f) from AnonymousFeedback f where f.programId = :p"
                    + " and f.academicYear = :y and f.releasedOn is not null",
                Long.class)
            .setParameter("p", programId)
            .setParameter("y", academicYear)
            .getSingleResult();
    return new AnonymousTally(requested, released);
  }

  private static PageRequest newestFirst(PageRequest request) {
    return request.sortField() == null ? request.sortedBy("signedAt", false) : request;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, Wording.of("jpaEvaluationRepository.unknown", field, value));
    }
  }
}
