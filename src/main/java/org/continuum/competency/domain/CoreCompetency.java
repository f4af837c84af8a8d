package org.continuum.competency.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** The six core competencies every framework groups its subcompetencies under. */
public enum CoreCompetency implements Titled {
  PC(Wording.of("coreCompetency.PC.title")),
  MK(Wording.of("coreCompetency.MK.title")),
  SBP(Wording.of("coreCompetency.SBP.title")),
  PBLI(Wording.of("coreCompetency.PBLI.title")),
  PROF(Wording.of("coreCompetency.PROF.title")),
  ICS(Wording.of("coreCompetency.ICS.title"));

  private final String title;

  CoreCompetency(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
