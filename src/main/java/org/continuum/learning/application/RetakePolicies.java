package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.learning.domain.RetakePolicy;

/** A program's retake rules for modules, set by its director. */
@ApplicationScoped
@Transactional
public class RetakePolicies {

  @Inject AccessPolicy access;
  @Inject ModuleRepository modules;
  @Inject ModuleAttempts attempts;
  @Inject AuditTrail audit;

  public RetakePolicyView get(long programId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    return RetakePolicyView.of(attempts.policy(programId));
  }

  /** Sets the rules; {@code expectedVersion} is null the first time (nothing set yet). */
  public RetakePolicyView set(
      long programId,
      Long expectedVersion,
      Integer maxAttempts,
      int waitHours,
      boolean retakeAfterPass) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
    RetakePolicy policy = modules.policy(programId).orElse(null);
    if (policy == null) {
      policy = RetakePolicy.defaultFor(programId);
      policy.set(maxAttempts, waitHours, retakeAfterPass);
      modules.add(policy);
    } else {
      policy.requireVersion(expectedVersion == null ? -1 : expectedVersion);
      policy.set(maxAttempts, waitHours, retakeAfterPass);
    }
    modules.flush();
    audit.record(
        AuditEventType.MODULE_RETAKE_POLICY_SET,
        "module-retake-policy",
        policy.getId(),
        programId,
        "attempts "
            + (maxAttempts == null ? "unlimited" : maxAttempts)
            + ", wait "
            + waitHours
            + " h, retake after pass "
            + retakeAfterPass);
    return RetakePolicyView.of(policy);
  }
}
