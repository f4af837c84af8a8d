package org.continuum.competency.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * The framework version a program evaluates against now. New evaluation forms use it; forms and
 * evaluations made under an earlier version keep that version.
 */
@Entity
@Cacheable
@Table(name = "program_framework")
public class ProgramFramework extends BaseEntity {

  @Column(name = "program_id", nullable = false, updatable = false)
  private Long programId;

  @ManyToOne(fetch = FetchType.EAGER, optional = false)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  protected ProgramFramework() {}

  public ProgramFramework(long programId, Framework framework) {
    this.programId = programId;
    adopt(framework);
  }

  public void adopt(Framework chosen) {
    if (chosen.isDraft()) {
      throw new RuleViolationException(
          Wording.of(
              "programFramework.versionDraftPublishBefore",
              chosen.getFrameworkVersion(),
              chosen.getCode()));
    }
    this.framework = chosen;
  }

  public Long getProgramId() {
    return programId;
  }

  public Framework getFramework() {
    return framework;
  }
}
