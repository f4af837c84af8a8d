package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.continuum.evaluation.domain.EvaluationKind;
import org.continuum.evaluation.domain.EvaluationStatus;
import org.continuum.evaluation.domain.ItemType;

/**
 * Compares the cohort_rating table with the ratings read afresh from the evaluations, through the
 * entities (not the SQL that fills the table): the table is only trustworthy if every signature and
 * amendment keeps it in step.
 */
@ApplicationScoped
public class CohortRatingDrift {

  @PersistenceContext EntityManager em;

  /** The table's rows, and each row that is in one of the two and not in the other. */
  public record Result(int rows, List<String> differences) {}

  @Transactional
  public Result compare() {
    Set<String> live = new HashSet<>();
    em.createQuery(
            "select e.programId, e.periodEnd, e.id, a.itemSeq, e.traineeId, fi.subcompetencyCode,"
                + " a.value from Answer a join a.evaluation e"
                + " join FormItem fi on fi.form = e.form and fi.seq = a.itemSeq"
                + " where fi.type = :milestone and e.status = :signed and e.amendedById is null"
                + " and e.kind in :faculty and a.value is not null and a.value <> :nya"
                + " and e.periodEnd is not null",
            Object[].class)
        .setParameter("milestone", ItemType.MILESTONE)
        .setParameter("signed", EvaluationStatus.SIGNED)
        .setParameter(
            "faculty",
            EnumSet.of(EvaluationKind.FACULTY_OF_TRAINEE, EvaluationKind.DIRECT_OBSERVATION))
        .setParameter("nya", ItemType.NOT_YET_ASSESSABLE)
        .getResultList()
        .forEach(r -> live.add(key(r)));
    Set<String> kept = new HashSet<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select program_id, period_end, evaluation_id, item_seq, trainee_id,"
                    + " subcompetency_code, rating from cohort_rating")
            .getResultList();
    rows.forEach(r -> kept.add(key(r)));
    List<String> differences = new ArrayList<>();
    live.stream().filter(k -> !kept.contains(k)).forEach(k -> differences.add("missing " + k));
    kept.stream().filter(k -> !live.contains(k)).forEach(k -> differences.add("extra " + k));
    return new Result(rows.size(), differences);
  }

  private static String key(Object[] r) {
    StringBuilder key = new StringBuilder();
    for (Object o : r) {
      key.append(o instanceof Number n ? String.valueOf(n.longValue()) : String.valueOf(o))
          .append('/');
    }
    return key.toString();
  }
}
