package org.continuum.testsupport;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Turns an entry back into one logged before codes were derived (migration V19): no codes, no
 * record of the one-off coding, optionally no counted details, and its procedure's codes as the
 * catalog listed them then.
 */
@ApplicationScoped
public class LegacyEntries {

  @PersistenceContext EntityManager em;

  @Transactional
  public void makeLegacy(long logId, boolean dropCounts, String legacyCodes) {
    em.createNativeQuery("DELETE FROM coding_backfill WHERE log_id = ?1")
        .setParameter(1, logId)
        .executeUpdate();
    // SQL bypasses the summary's listener: move the entry's count to "not coded" by hand
    String key =
        " FROM procedure_log l WHERE l.id = ?1 AND c.program_id = l.program_id AND c.trainee_id ="
            + " l.trainee_id AND c.procedure_type_id = l.procedure_type_id AND c.trainee_role ="
            + " l.trainee_role AND c.status = l.status";
    em.createNativeQuery(
            "UPDATE procedure_count c SET n = n - 1 WHERE EXISTS (SELECT 1"
                + key
                + " AND c.primary_code = SUBSTRING(l.coded_as, 1, 5))")
        .setParameter(1, logId)
        .executeUpdate();
    int moved =
        em.createNativeQuery(
                "UPDATE procedure_count c SET n = n + 1 WHERE EXISTS (SELECT 1"
                    + key
                    + " AND c.primary_code = '')")
            .setParameter(1, logId)
            .executeUpdate();
    if (moved == 0) {
      em.createNativeQuery(
              "INSERT INTO procedure_count (program_id, trainee_id, procedure_type_id,"
                  + " trainee_role, status, primary_code, n) SELECT program_id, trainee_id,"
                  + " procedure_type_id, trainee_role, status, '', 1 FROM procedure_log WHERE id"
                  + " = ?1")
          .setParameter(1, logId)
          .executeUpdate();
    }
    em.createNativeQuery(
            "UPDATE procedure_log SET coded_as = NULL"
                + (dropCounts ? ", counts = NULL" : "")
                + " WHERE id = ?1")
        .setParameter(1, logId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE procedure_type SET legacy_cpt_codes = ?1 WHERE id = (SELECT procedure_type_id"
                + " FROM procedure_log WHERE id = ?2)")
        .setParameter(1, legacyCodes)
        .setParameter(2, logId)
        .executeUpdate();
  }
}
