package org.continuum.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.Wording;

/**
 * The committee's proposed level for one trainee and subcompetency in a period, with its rationale.
 * One per cell: members refine it together, each save carrying the version they saw.
 */
@Entity
@Table(name = "level_proposal")
public class LevelProposal extends BaseEntity {

  @Column(name = "period_id", nullable = false, updatable = false)
  private long periodId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private long traineeId;

  @Column(name = "subcompetency_code", nullable = false, updatable = false, length = 12)
  private String subcompetencyCode;

  @Column(name = "level", nullable = false, length = 4)
  private String level;

  @Column(name = "rationale", length = 2000)
  private String rationale;

  protected LevelProposal() {}

  public LevelProposal(ReviewPeriod period, long traineeId, String subcompetencyCode) {
    period.requireOpen();
    this.periodId = period.getId();
    this.traineeId = traineeId;
    this.subcompetencyCode =
        Check.required("subcompetency", Wording.of("label.subcompetency"), subcompetencyCode);
  }

  /** Sets the proposal; the period must still be open. */
  public void propose(
      ReviewPeriod period,
      MilestoneLevel newLevel,
      String newRationale,
      PatientIdentifierGuard guard) {
    period.requireOpen();
    String validLevel = Check.required("level", Wording.of("label.level"), newLevel).text();
    String validRationale =
        Check.optionalText("rationale", Wording.of("label.rationale"), newRationale, 2000);
    guard.check("rationale", Wording.of("label.rationale2"), validRationale);
    this.level = validLevel;
    this.rationale = validRationale;
  }

  public long getPeriodId() {
    return periodId;
  }

  public long getTraineeId() {
    return traineeId;
  }

  public String getSubcompetencyCode() {
    return subcompetencyCode;
  }

  public MilestoneLevel getLevel() {
    return MilestoneLevel.parse(level);
  }

  public String getRationale() {
    return rationale;
  }
}
