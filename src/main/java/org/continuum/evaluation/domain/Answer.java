package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * The answer to one item of an evaluation: a scale value, a text, or both (a rating with a
 * comment). Once the evaluation is signed the row may not be written again: the guard below refuses
 * it at flush, whatever code path tried.
 */
@Entity
@Table(name = "evaluation_answer")
public class Answer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "evaluation_id", nullable = false, updatable = false)
  private Evaluation evaluation;

  @Column(name = "item_seq", nullable = false, updatable = false)
  private int itemSeq;

  @Column(name = "answer_value", length = 40)
  private String value;

  @Column(name = "answer_text", length = 4000)
  private String text;

  protected Answer() {}

  Answer(Evaluation evaluation, int itemSeq, String value, String text) {
    this.evaluation = evaluation;
    this.itemSeq = itemSeq;
    this.value = value;
    this.text = text;
  }

  void change(String newValue, String newText) {
    this.value = newValue;
    this.text = newText;
  }

  boolean isEmpty() {
    return value == null && text == null;
  }

  @PrePersist
  @PreUpdate
  @PreRemove
  void refuseWhenSigned() {
    if (evaluation.isSigned()) {
      throw new RuleViolationException(Wording.of("answer.evaluationSignedCannotChange"));
    }
  }

  public int getItemSeq() {
    return itemSeq;
  }

  public String getValue() {
    return value;
  }

  public String getText() {
    return text;
  }
}
