package org.continuum.identity.domain;

import org.continuum.shared.domain.Titled;

/** What a person may do; every role but ADMIN is held in one program. */
public enum Role implements Titled {
  RESIDENT("Resident"),
  FELLOW("Fellow"),
  FACULTY("Faculty"),
  CCC_MEMBER("CCC member"),
  PROGRAM_DIRECTOR("Program director"),
  COORDINATOR("Coordinator"),
  ADMIN("Administrator");

  private final String title;

  Role(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }

  public boolean isTrainee() {
    return this == RESIDENT || this == FELLOW;
  }

  /** ADMIN is institution-wide; all other roles are held in a program. */
  public boolean isInstitutionWide() {
    return this == ADMIN;
  }
}
