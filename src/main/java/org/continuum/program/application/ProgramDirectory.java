package org.continuum.program.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.Role;
import org.continuum.program.domain.Program;
import org.continuum.program.domain.ProgramRepository;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/** The programs a person belongs to, and one program's details for those allowed to see it. */
@ApplicationScoped
@Transactional
public class ProgramDirectory {

  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject ProgramRepository programs;

  /** The caller's programs with their roles in each, by program name. */
  public List<MyProgram> mine() {
    access.requireSignedIn();
    Map<Long, Set<Role>> rolesByProgram = new LinkedHashMap<>();
    for (Membership m : currentUser.memberships()) {
      if (m.getProgramId() != null) {
        rolesByProgram
            .computeIfAbsent(m.getProgramId(), id -> EnumSet.noneOf(Role.class))
            .add(m.getRole());
      }
    }
    List<MyProgram> result = new ArrayList<>();
    for (Program p : programs.findByIds(rolesByProgram.keySet())) {
      result.add(new MyProgram(ProgramView.of(p), Set.copyOf(rolesByProgram.get(p.getId()))));
    }
    return result;
  }

  /** A program, for anyone holding a role in it (or an administrator). */
  public ProgramView get(long programId) {
    if (!access.holdsInProgram(programId, Role.values())) {
      throw new AccessDeniedException();
    }
    return programs
        .findById(programId)
        .map(ProgramView::of)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("programDirectory.program")));
  }

  /**
   * Whether the program counts entries imported as verified in a previous system toward its
   * minimums. Anyone signed in may ask: it shapes the counts every member of the program sees.
   */
  public boolean countsImportedLogs(long programId) {
    access.requireSignedIn();
    return programs.findById(programId).map(Program::countsImportedLogs).orElse(true);
  }
}
