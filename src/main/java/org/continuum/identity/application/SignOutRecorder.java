package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.SIGNED_OUT;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.audit.application.AuditTrail;

/** Records a sign-out in the audit trail. */
@ApplicationScoped
@Transactional
public class SignOutRecorder {

  @Inject CurrentUser currentUser;
  @Inject AuditTrail audit;

  public void record() {
    if (currentUser.isSignedIn()) {
      audit.record(SIGNED_OUT, "account", currentUser.accountId(), null, null);
    }
  }
}
