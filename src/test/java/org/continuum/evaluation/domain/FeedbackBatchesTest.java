package org.continuum.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FeedbackBatchesTest {

  @Test
  void aBatchGoesOutOnlyWhenFull() {
    FeedbackBatches batches = new FeedbackBatches(3);
    assertThat(batches.isReady(0)).isFalse();
    assertThat(batches.isReady(2)).isFalse();
    assertThat(batches.isReady(3)).isTrue();
    assertThat(batches.isReady(7)).isTrue();
    assertThat(new FeedbackBatches(5).isReady(4)).isFalse();
  }

  @Test
  void aBatchSmallerThanTheThresholdWouldSingleSomeoneOut() {
    assertThatThrownBy(() -> new FeedbackBatches(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 3");
    assertThatThrownBy(() -> new FeedbackBatches(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fewerAnswersThanTheThresholdStayHidden() {
    assertThat(FeedbackBatches.isShown(2)).isFalse();
    assertThat(FeedbackBatches.isShown(3)).isTrue();
  }
}
