package org.continuum.program.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Set;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.MyProgram;
import org.continuum.program.application.ProgramAdministration;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.application.ProgramView;
import org.continuum.shared.domain.PageRequest;

/**
 * The programs a program director, coordinator or committee member works in (all programs for an
 * administrator).
 */
@Named("myPrograms")
@RequestScoped
public class MyProgramsBean {

  private static final Set<Role> LEADERSHIP =
      Set.of(Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);

  @Inject ProgramDirectory directory;
  @Inject ProgramAdministration administration;
  @Inject AccessPolicy access;

  private List<ProgramView> programs;

  public List<ProgramView> getPrograms() {
    if (programs == null) {
      programs =
          access.isAdmin()
              ? administration.list(PageRequest.of(0, PageRequest.MAX_LIMIT)).items()
              : directory.mine().stream()
                  .filter(p -> p.roles().stream().anyMatch(LEADERSHIP::contains))
                  .map(MyProgram::program)
                  .toList();
    }
    return programs;
  }

  /** The committee member's programs. */
  public List<ProgramView> getCommitteePrograms() {
    return directory.mine().stream()
        .filter(p -> p.holds(Role.CCC_MEMBER))
        .map(MyProgram::program)
        .toList();
  }
}
