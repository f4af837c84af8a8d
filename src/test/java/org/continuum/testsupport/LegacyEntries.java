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
