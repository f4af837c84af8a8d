package org.continuum.competency.domain;

import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/** A draft is edited by its program; a published version never changes again. */
public enum FrameworkStatus implements Titled {
  DRAFT(Wording.of("frameworkStatus.DRAFT.title")),
  PUBLISHED(Wording.of("frameworkStatus.PUBLISHED.title"));

  private final String title;

  FrameworkStatus(String title) {
    this.title = title;
  }

  @Override
  public String title() {
    return title;
  }
}
