package org.continuum.identity.application;

import static org.continuum.audit.domain.AuditEventType.ROLE_GRANTED;
import static org.continuum.audit.domain.AuditEventType.ROLE_REVOKED;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.MembershipRepository;
import org.continuum.identity.domain.Role;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * Grants and revokes roles. Who may grant what: administrators grant ADMIN and PROGRAM_DIRECTOR; a
 * program director grants CCC_MEMBER and COORDINATOR in their program; a program director or
 * coordinator grants the trainee and faculty roles (through enrolment and appointment).
 */
@ApplicationScoped
@Transactional
public class RoleAssignments {

  @Inject AccessPolicy access;
  @Inject AccountRepository accounts;
  @Inject MembershipRepository memberships;
  @Inject ProgramNames programNames;
  @Inject AuditTrail audit;
  @Inject Event<AccountAccessChanged> accessChanged;

  /** Grants the role; granting one already held changes nothing. */
  public void grant(long accountId, Long programId, Role role) {
    requireMayAssign(programId, role);
    Account account =
        accounts
            .findById(accountId)
            .orElseThrow(() -> new RecordNotFoundException(Wording.of("roleAssignments.person")));
    if (memberships.find(accountId, programId, role).isPresent()) {
      return;
    }
    memberships.add(new Membership(account, programId, role));
    accessChanged.fire(new AccountAccessChanged(accountId));
    audit.record(ROLE_GRANTED, "account", accountId, programId, role.name());
  }

  /** Revokes the role; revoking one not held changes nothing. */
  public void revoke(long accountId, Long programId, Role role) {
    requireMayAssign(programId, role);
    memberships
        .find(accountId, programId, role)
        .ifPresent(
            membership -> {
              if (role == Role.ADMIN && memberships.countWithRole(Role.ADMIN) <= 1) {
                throw new RuleViolationException(
                    Wording.of("roleAssignments.lastAdministratorAppointAnother"));
              }
              memberships.remove(membership);
              accessChanged.fire(new AccountAccessChanged(accountId));
              audit.record(ROLE_REVOKED, "account", accountId, programId, role.name());
            });
  }

  /**
   * Who holds the roles in a program. The calling use case has already decided the caller may see
   * the program's team.
   */
  public List<RoleHolder> holders(long programId, Set<Role> wanted) {
    access.requireSignedIn();
    return memberships.findByProgram(programId).stream()
        .filter(m -> wanted.contains(m.getRole()))
        .map(
            m ->
                new RoleHolder(
                    m.getAccount().getId(),
                    m.getAccount().getDisplayName(),
                    m.getAccount().getEmail(),
                    m.getRole()))
        .toList();
  }

  /** The roles a person holds, for the administrator's people page. */
  public List<RoleView> rolesOf(long accountId) {
    access.requireAdmin();
    List<Membership> held = memberships.findByAccount(accountId);
    Map<Long, String> names =
        programNames.namesOf(
            held.stream().map(Membership::getProgramId).filter(Objects::nonNull).toList());
    return held.stream()
        .map(
            m ->
                new RoleView(
                    m.getRole(),
                    m.getProgramId(),
                    m.getProgramId() == null
                        ? Wording.of("role.institution")
                        : names.get(m.getProgramId())))
        .toList();
  }

  /**
   * Whether the caller may grant or revoke the role in the program; use cases check this before
   * they look anyone up, so a refusal never says whether the person exists.
   */
  public void requireMayAssign(Long programId, Role role) {
    if (!role.isInstitutionWide() && programId == null) {
      throw new InvalidInputException(
          "program", Wording.of("roleAssignments.heldProgramChooseProgram", role.title()));
    }
    switch (role) {
      case ADMIN, PROGRAM_DIRECTOR -> access.requireAdmin();
      case CCC_MEMBER, COORDINATOR -> access.requireInProgram(programId, Role.PROGRAM_DIRECTOR);
      case RESIDENT, FELLOW, FACULTY ->
          access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
    }
  }
}
