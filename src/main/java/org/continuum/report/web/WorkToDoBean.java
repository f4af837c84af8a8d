package org.continuum.report.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.continuum.identity.domain.Role;
import org.continuum.program.application.ProgramDirectory;
import org.continuum.program.application.ProgramView;
import org.continuum.report.application.ProgramWork;
import org.continuum.report.application.RequirementOverview;
import org.continuum.report.application.WorkToDo;
import org.continuum.shared.domain.Words;

/**
 * The landing page of program directors and coordinators: per program they run, what to chase
 * today. Committee members and administrators see the programs without the lists.
 */
@Named("workToDo")
@RequestScoped
public class WorkToDoBean {

  @Inject ProgramDirectory directory;
  @Inject WorkToDo work;

  private List<ProgramAndWork> programs;

  /**
   * A program with its work, for the programs the person directs or coordinates; whether they sit
   * on its committee (and so may open the review itself, not only see where it stands).
   */
  public record ProgramAndWork(ProgramView program, ProgramWork work, boolean committee) {}

  public List<ProgramAndWork> getPrograms() {
    if (programs == null) {
      programs =
          directory.mine().stream()
              .filter(p -> p.holds(Role.PROGRAM_DIRECTOR) || p.holds(Role.COORDINATOR))
              .map(
                  p ->
                      new ProgramAndWork(
                          p.program(),
                          work.of(p.program().id()),
                          p.holds(Role.PROGRAM_DIRECTOR) || p.holds(Role.CCC_MEMBER)))
              .toList();
    }
    return programs;
  }

  /** What a trainee is behind on, in words: "2 minimums behind pace", "1 evaluation overdue". */
  public List<String> lateOf(RequirementOverview.Row row) {
    List<String> late = new ArrayList<>();
    if (row.minimumsBehind() > 0) {
      late.add(Words.count(row.minimumsBehind(), "minimum") + " behind pace");
    }
    if (row.evaluationsOverdue() > 0) {
      late.add(Words.count(row.evaluationsOverdue(), "evaluation") + " overdue");
    }
    if (row.modulesOverdue() > 0) {
      late.add(Words.count(row.modulesOverdue(), "required module") + " overdue");
    }
    return late;
  }
}
