package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the procedure_count summary with a fresh count of procedure_log, row by row: the summary
 * is only trustworthy if every way of changing an entry keeps it in step.
 */
@ApplicationScoped
public class ProcedureCountDrift {

  private static final String KEY =
      "program_id, trainee_id, procedure_type_id, trainee_role, status, primary_code";

  /** An entry's primary code as the summary keeps it: the first five characters of its codes. */
  private static final String LIVE_KEY =
      "program_id, trainee_id, procedure_type_id, trainee_role, status,"
          + " COALESCE(SUBSTRING(coded_as, 1, 5), '')";

  @PersistenceContext EntityManager em;

  /** Each key whose summary differs from the live count, as "key: summary n, live m". */
  @Transactional
  public List<String> differences() {
    Map<String, Long> live =
        counts("select " + LIVE_KEY + ", count(*) from procedure_log group by " + LIVE_KEY);
    Map<String, Long> summary = counts("select " + KEY + ", n from procedure_count where n <> 0");
    List<String> differences = new ArrayList<>();
    Map<String, Long> all = new HashMap<>(live);
    summary.keySet().forEach(k -> all.putIfAbsent(k, 0L));
    for (String key : all.keySet()) {
      long expected = live.getOrDefault(key, 0L);
      long kept = summary.getOrDefault(key, 0L);
      if (!Objects.equals(expected, kept)) {
        differences.add(key + ": summary " + kept + ", live " + expected);
      }
    }
    return differences;
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery(sql).getResultList();
    for (Object[] r : rows) {
      counts.put(
          r[0] + "/" + r[1] + "/" + r[2] + "/" + r[3] + "/" + r[4] + "/" + r[5],
          ((Number) r[6]).longValue());
    }
    return counts;
  }
}
