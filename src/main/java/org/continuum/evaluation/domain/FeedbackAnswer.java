package org.continuum.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One answer of an anonymous feedback record. It has no id of its own: a sequential one would order
 * the answers as they were handed in.
 */
@Embeddable
public class FeedbackAnswer {

  @Column(name = "item_seq", nullable = false, updatable = false)
  private int itemSeq;

  @Column(name = "answer_value", updatable = false, length = 40)
  private String value;

  @Column(name = "answer_text", updatable = false, length = 4000)
  private String text;

  protected FeedbackAnswer() {}

  FeedbackAnswer(int itemSeq, String value, String text) {
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
