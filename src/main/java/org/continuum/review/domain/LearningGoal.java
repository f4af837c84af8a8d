package org.continuum.review.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/** One goal of a learning plan: what to reach, by when, and whether it was met. */
@Entity
@Table(name = "learning_goal")
public class LearningGoal {

  /**
   * Where a goal came from: a level below target, a minimum behind pace, a required case module not
   * passed, or the committee.
   */
  public enum Source {
    LEVEL,
    MINIMUM,
    MODULE,
    OTHER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "plan_id", nullable = false, updatable = false)
  private LearningPlan plan;

  @Column(name = "seq", nullable = false)
  private int seq;

  @Enumerated(EnumType.STRING)
  @Column(name = "source", nullable = false, updatable = false, length = 12)
  private Source source;

  @Column(name = "subcompetency_code", updatable = false, length = 12)
  private String subcompetencyCode;

  @Column(name = "goal", nullable = false, length = 1000)
  private String goal;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "met", nullable = false)
  private boolean met;

  protected LearningGoal() {}

  LearningGoal(LearningPlan plan, int seq, Source source, String code) {
    this.plan = plan;
    this.seq = seq;
    this.source = source;
    this.subcompetencyCode = code;
  }

  void describe(String text, LocalDate due, PatientIdentifierGuard guard) {
    Violations problems = new Violations();
    String validGoal =
        problems.collect(() -> Check.text("goal", Wording.of("label.goal"), text, 5, 1000));
    if (validGoal != null) {
      problems.run(() -> guard.check("goal", Wording.of("label.goal2"), validGoal));
    }
    LocalDate validDue =
        problems.collect(() -> Check.required("dueOn", Wording.of("label.dueDate"), due));
    problems.throwIfAny();
    this.goal = validGoal;
    this.dueOn = validDue;
  }

  void markMet(boolean isMet) {
    this.met = isMet;
  }

  void renumber(int newSeq) {
    this.seq = newSeq;
  }

  public int getSeq() {
    return seq;
  }

  public Source getSource() {
    return source;
  }

  public String getSubcompetencyCode() {
    return subcompetencyCode;
  }

  public String getGoal() {
    return goal;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public boolean isMet() {
    return met;
  }
}
