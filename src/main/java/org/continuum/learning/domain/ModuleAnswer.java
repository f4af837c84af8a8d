package org.continuum.learning.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A trainee's answer to one question of an attempt: the options chosen and whether it was right.
 */
@Entity
@Table(name = "module_answer")
public class ModuleAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "attempt_id", nullable = false, updatable = false)
  private ModuleAttempt attempt;

  @Column(name = "question_key", nullable = false, updatable = false, length = 12)
  private String questionKey;

  /** The chosen options' positions, from 0, comma-separated in order ("0,2"). */
  @Column(name = "chosen", nullable = false, updatable = false, length = 40)
  private String chosen;

  @Column(name = "correct", nullable = false, updatable = false)
  private boolean correct;

  @Column(name = "answered_at", nullable = false, updatable = false)
  private Instant answeredAt;

  protected ModuleAnswer() {}

  ModuleAnswer(
      ModuleAttempt attempt, String questionKey, Set<Integer> chosen, boolean correct, Instant at) {
    this.attempt = attempt;
    this.questionKey = questionKey;
    this.chosen =
        new TreeSet<>(chosen).stream().map(String::valueOf).collect(Collectors.joining(","));
    this.correct = correct;
    this.answeredAt = at;
  }

  public String getQuestionKey() {
    return questionKey;
  }

  public Set<Integer> getChosen() {
    return chosen.isEmpty()
        ? Set.of()
        : Arrays.stream(chosen.split(",")).map(Integer::valueOf).collect(Collectors.toSet());
  }

  public boolean isCorrect() {
    return correct;
  }

  public Instant getAnsweredAt() {
    return answeredAt;
  }
}
