package org.continuum.identity.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** What a person may do; every role but ADMIN is held in one program. */
public enum Role implements Titled {
  RESIDENT(Wording.of("role.RESIDENT.title")),
  FELLOW(Wording.of("role.FELLOW.title")),
  FACULTY(Wording.of("role.FACULTY.title")),
  CCC_MEMBER(Wording.of("role.CCC_MEMBER.title")),
  PROGRAM_DIRECTOR(Wording.of("role.PROGRAM_DIRECTOR.title")),
  COORDINATOR(Wording.of("role.COORDINATOR.title")),
  ADMIN(Wording.of("role.ADMIN.title"));

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
