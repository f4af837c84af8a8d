package org.continuum.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.RoleAssignments;
import org.continuum.identity.application.RoleHolder;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.ProgramRepository;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * The program's leadership: program directors (appointed by an administrator), coordinators and
 * competency committee members (appointed by a program director).
 */
@ApplicationScoped
@Transactional
public class ProgramTeam {

  public static final Set<Role> TEAM_ROLES =
      EnumSet.of(Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);

  @Inject AccessPolicy access;
  @Inject ProgramRepository programs;
  @Inject PeopleDirectory people;
  @Inject RoleAssignments roles;

  public List<RoleHolder> list(long programId) {
    access.requireInProgram(programId, Role.values());
    return roles.holders(programId, TEAM_ROLES);
  }

  public void appoint(long programId, Long accountId, Role role) {
    requireTeamRole(role);
    // before any lookup: whether the program or the person exists is not a refused caller's to
    // learn
    roles.requireMayAssign(programId, role);
    programs
        .findById(programId)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("programTeam.program")));
    if (accountId == null) {
      throw new InvalidInputException("person", Wording.of("programTeam.personRequired"));
    }
    people.requireActivePerson(accountId);
    roles.grant(accountId, programId, role);
  }

  public void remove(long programId, long accountId, Role role) {
    requireTeamRole(role);
    roles.revoke(accountId, programId, role);
  }

  private static void requireTeamRole(Role role) {
    if (role == null || !TEAM_ROLES.contains(role)) {
      throw new InvalidInputException(
          "role", Wording.of("programTeam.roleProgramDirectorCoordinator"));
    }
  }
}
