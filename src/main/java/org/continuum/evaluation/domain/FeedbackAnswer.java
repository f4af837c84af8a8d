package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One answer of an anonymous feedback record. */
@Entity
@Table(name = "anonymous_feedback_answer")
public class FeedbackAnswer {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "feedback_id", nullable = false, updatable = false)
  private AnonymousFeedback feedback;

  @Column(name = "item_seq", nullable = false, updatable = false)
  private int itemSeq;

  @Column(name = "answer_value", updatable = false, length = 40)
  private String value;

  @Column(name = "answer_text", updatable = false, length = 4000)
  private String text;

  protected FeedbackAnswer() {}

  FeedbackAnswer(AnonymousFeedback feedback, int itemSeq, String value, String text) {
    this.feedback = feedback;
    this.itemSeq = itemSeq;
    this.value = value;
    this.text = text;
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
