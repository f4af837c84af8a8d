package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Wording;

/**
 * How one program keeps its case log beyond what every program records: whether fluoroscopy time
 * and dose are asked. A program without a row asks nothing extra.
 */
@Entity
@Table(name = "case_log_settings")
public class CaseLogSettings extends BaseEntity {

  @Column(name = "program_id", nullable = false, unique = true, updatable = false)
  private Long programId;

  @Enumerated(EnumType.STRING)
  @Column(name = "fluoroscopy", nullable = false, length = 12)
  private FluoroscopyRecording fluoroscopy = FluoroscopyRecording.NOT_ASKED;

  protected CaseLogSettings() {}

  public CaseLogSettings(long programId) {
    this.programId = programId;
  }

  /** Applies to entries logged or corrected from now on; nothing stored changes. */
  public void recordFluoroscopy(FluoroscopyRecording recording) {
    this.fluoroscopy =
        Check.required("fluoroscopy", Wording.of("label.fluoroscopyTimeDose"), recording);
  }

  public Long getProgramId() {
    return programId;
  }

  public FluoroscopyRecording getFluoroscopy() {
    return fluoroscopy;
  }
}
