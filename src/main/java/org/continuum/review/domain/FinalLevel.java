package org.continuum.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/** A trainee's final level for a subcompetency in a finalised period. Written once. */
@Entity
@Table(name = "final_level")
public class FinalLevel {

  /** Where a final level came from: a review in Continuum, or an earlier system's history. */
  public enum Source {
    REVIEW,
    IMPORTED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "period_id", nullable = false, updatable = false)
  private long periodId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private long traineeId;

  @Column(name = "subcompetency_code", nullable = false, updatable = false, length = 12)
  private String subcompetencyCode;

  @Column(name = "level", nullable = false, updatable = false, length = 4)
  private String level;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 12)
  private Source source;

  protected FinalLevel() {}

  public FinalLevel(
      ReviewPeriod period, long traineeId, String code, MilestoneLevel level, Source source) {
    this.periodId = period.getId();
    this.traineeId = traineeId;
    this.subcompetencyCode = code;
    this.level = level.text();
    this.source = source;
  }

  @PreUpdate
  @PreRemove
  void refuseChange() {
    throw new RuleViolationException(Wording.of("finalLevel.finalLevelCannotChanged"));
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

  public Source getSource() {
    return source;
  }
}
