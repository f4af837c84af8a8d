package org.continuum.competency.domain;

import org.continuum.shared.domain.Titled;

/** The six core competencies every framework groups its subcompetencies under. */
public enum CoreCompetency implements Titled {
  PC("Patient Care"),
  MK("Medical Knowledge"),
  SBP("Systems-Based Practice"),
  PBLI("Practice-Based Learning and Improvement"),
  PROF("Professionalism"),
  ICS("Interpersonal and Communication Skills");

  private final String title;

  CoreCompetency(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
