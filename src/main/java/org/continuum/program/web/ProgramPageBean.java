package org.continuum.program.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.application.ProgramView;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ProgramContext;

/**
 * The program a program page is about (from the "program" URL parameter, checked against the
 * caller's roles), and what the caller may do in it. The tabs of the page share it.
 */
@Named("programPage")
@ViewScoped
public class ProgramPageBean implements ProgramContext, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ProgramDirectory directory;
  @Inject AccessPolicy access;

  private Long programId;
  private ProgramView program;

  /** View action: loads the program, refusing one the caller holds no role in. */
  public void load() {
    if (programId == null) {
      throw new RecordNotFoundException(Wording.of("programPageBean.program"));
    }
    program = directory.get(programId);
  }

  @Override
  public boolean isManager() {
    return programId != null
        && access.holdsInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR);
  }

  @Override
  public boolean isDirector() {
    return programId != null && access.holdsInProgram(programId, Role.PROGRAM_DIRECTOR);
  }

  @Override
  public boolean isCommittee() {
    return programId != null
        && access.holdsInProgram(programId, Role.CCC_MEMBER, Role.PROGRAM_DIRECTOR);
  }

  @Override
  public boolean isAdministrator() {
    return access.isAdmin();
  }

  @Override
  public Long getProgramId() {
    return programId;
  }

  public void setProgramId(Long programId) {
    this.programId = programId;
  }

  public ProgramView getProgram() {
    return program;
  }

  @Override
  public String getProgramCode() {
    return program.code();
  }

  @Override
  public String getProgramName() {
    return program.name();
  }
}
