package org.continuum.review.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Wording;

/**
 * A level the program expects at the end of a review term of a year of training, for every
 * subcompetency ({@link #ALL}) or for one.
 */
@Entity
@Cacheable
@Table(name = "milestone_target")
public class MilestoneTarget extends BaseEntity {

  public static final String ALL = "*";

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "subcompetency_code", nullable = false, updatable = false, length = 12)
  private String subcompetencyCode;

  @Column(name = "training_year", nullable = false, updatable = false)
  private int trainingYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "term", nullable = false, updatable = false, length = 8)
  private Term term;

  @Column(name = "level", nullable = false, length = 4)
  private String level;

  protected MilestoneTarget() {}

  public MilestoneTarget(
      long programId, String subcompetencyCode, int trainingYear, Term term, int programYears) {
    this.programId = programId;
    this.subcompetencyCode =
        Check.required("subcompetency", Wording.of("label.subcompetency"), subcompetencyCode);
    this.trainingYear =
        Check.range(
            "trainingYear",
            Wording.of("label.yearTraining"),
            trainingYear,
            1,
            Math.max(1, programYears));
    this.term = Check.required("term", Wording.of("label.term"), term);
  }

  public void expect(MilestoneLevel newLevel) {
    this.level = Check.required("level", Wording.of("label.level"), newLevel).text();
  }

  public long getProgramId() {
    return programId;
  }

  public String getSubcompetencyCode() {
    return subcompetencyCode;
  }

  public int getTrainingYear() {
    return trainingYear;
  }

  public Term getTerm() {
    return term;
  }

  public MilestoneLevel getLevel() {
    return MilestoneLevel.parse(level);
  }
}
