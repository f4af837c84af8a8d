package org.continuum.competency.domain;

import org.continuum.shared.domain.Titled;

/** A draft is edited by its program; a published version never changes again. */
public enum FrameworkStatus implements Titled {
  DRAFT("Draft"),
  PUBLISHED("Published");

  private final String title;

  FrameworkStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
