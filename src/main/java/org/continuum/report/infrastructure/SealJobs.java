package org.continuum.report.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.continuum.report.application.SealAudit;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.SealSummary;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Checks every seal of the institution each night and logs any that do not verify. */
@Singleton
public class SealJobs {

  private static final Logger LOG = Logger.getLogger(SealJobs.class.getName());

  @Inject SealAudit seals;

  @Inject
  @ConfigProperty(name = "continuum.jobs.enabled", defaultValue = "true")
  boolean enabled;

  @Schedule(hour = "3", minute = "17", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void nightly() {
    if (!enabled) {
      return;
    }
    try {
      SealSummary all = SystemContext.call(seals::run).all();
      if (all.allTrustworthy()) {
        LOG.info(() -> "Seal check: all " + all.checked() + " seals verify");
      } else {
        LOG.severe(
            () -> "Seal check: " + all.failing().size() + " seals do not verify: " + all.failing());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Seal check failed", e);
    }
  }
}
