package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.continuum.identity.domain.Role;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * The function and object checks every use case starts with. Each check reads the caller's current
 * memberships; ids from a page or URL are never trusted on their own.
 */
@ApplicationScoped
public class AccessPolicy {

  @Inject CurrentUser user;

  public void requireSignedIn() {
    if (!SystemContext.isElevated() && !user.isSignedIn()) {
      throw new AccessDeniedException();
    }
  }

  public boolean isAdmin() {
    return SystemContext.isElevated() || user.isAdmin();
  }

  public void requireAdmin() {
    if (!isAdmin()) {
      throw new AccessDeniedException();
    }
  }

  /** The caller holds one of the roles in the program, or is an administrator. */
  public boolean holdsInProgram(long programId, Role... roles) {
    return isAdmin() || user.hasRole(programId, roles);
  }

  public void requireInProgram(long programId, Role... roles) {
    if (!holdsInProgram(programId, roles)) {
      throw new AccessDeniedException();
    }
  }

  /**
   * A trainee's own record (levels, evaluations about them, plans) is theirs and their program's
   * director's and committee's; everyone else is told it does not exist.
   */
  public void requireTraineeRecordReadable(long programId, long traineeId) {
    if (!isSelf(traineeId) && !holdsInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER)) {
      throw new RecordNotFoundException(Wording.of("accessPolicy.trainee"));
    }
  }

  /** The signed-in person is this account. */
  public boolean isSelf(long accountId) {
    return user.isSignedIn() && user.accountId() == accountId;
  }

  /**
   * How far a trainee is against the requirements (counts and states, no evaluation's content) is
   * also the coordinator's, who chases what is missing.
   */
  public void requireTraineeProgressReadable(long programId, long traineeId) {
    if (!isSelf(traineeId)
        && !holdsInProgram(programId, Role.PROGRAM_DIRECTOR, Role.CCC_MEMBER, Role.COORDINATOR)) {
      throw new RecordNotFoundException(Wording.of("accessPolicy.trainee"));
    }
  }
}
