package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.continuum.identity.application.PersonOption;
import org.continuum.identity.application.RoleHolder;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.ProgramTeam;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;
import org.continuum.shared.web.UserMessages;

/**
 * The program's leadership tab: program directors, coordinators and competency committee members.
 * Program directors appoint coordinators and committee members; administrators appoint directors.
 */
@Named("programTeam")
@ViewScoped
public class ProgramTeamBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramTeam team;
  @Inject ProgramContext page;

  private List<RoleHolder> members;
  private PersonOption person;
  private Role role;

  public List<RoleHolder> getMembers() {
    if (members == null) {
      members = team.list(page.getProgramId());
    }
    return members;
  }

  /** The roles the caller may give here; an administrator's first task is the director. */
  public List<Role> getAssignableRoles() {
    List<Role> roles = new ArrayList<>();
    if (page.isAdministrator()) {
      roles.add(Role.PROGRAM_DIRECTOR);
    }
    if (page.isDirector()) {
      roles.add(Role.CCC_MEMBER);
      roles.add(Role.COORDINATOR);
    }
    return roles;
  }

  public boolean mayRemove(RoleHolder holder) {
    return holder.role() == Role.PROGRAM_DIRECTOR ? page.isAdministrator() : page.isDirector();
  }

  public void appoint() {
    team.appoint(page.getProgramId(), person == null ? null : person.id(), role);
    UserMessages.info(
        Wording.of(
            "programTeamBean.now", person.displayName(), role.title().toLowerCase(Locale.ROOT)));
    person = null;
    members = null;
  }

  public void remove(RoleHolder holder) {
    team.remove(page.getProgramId(), holder.accountId(), holder.role());
    UserMessages.info(
        Wording.of(
            "programTeamBean.longer",
            holder.displayName(),
            holder.role().title().toLowerCase(Locale.ROOT)));
    members = null;
  }

  public PersonOption getPerson() {
    return person;
  }

  public void setPerson(PersonOption person) {
    this.person = person;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }
}
