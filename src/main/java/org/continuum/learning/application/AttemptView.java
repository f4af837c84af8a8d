package org.continuum.learning.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.learning.domain.QuestionType;

/**
 * An attempt as its trainee sees it: the stages reached so far and nothing beyond, each answered
 * question with its feedback and explanation, each unanswered one with its options only. Nothing of
 * the answer key is in it before the question is answered (null fields are left out of the JSON).
 */
public record AttemptView(
    long id,
    long version,
    long programId,
    long moduleId,
    String moduleTitle,
    String topic,
    int passMark,
    int stageCount,
    int stageReached,
    boolean completed,
    Integer scorePercent,
    Boolean passed,
    boolean canAdvance,
    List<String> objectives,
    List<Stage> stages,
    List<String> references)
    implements Serializable {

  /** One stage shown: its part of the case and its questions. */
  public record Stage(
      int number, String kind, String title, String narrativeHtml, List<Question> questions)
      implements Serializable {}

  /** A question; {@code correct} and {@code explanationHtml} only once answered. */
  public record Question(
      String key,
      QuestionType type,
      String promptHtml,
      List<Option> options,
      boolean answered,
      Boolean correct,
      String explanationHtml)
      implements Serializable {}

  /** An option; {@code correct} and {@code feedbackHtml} only once its question is answered. */
  public record Option(
      int index, String textHtml, boolean chosen, Boolean correct, String feedbackHtml)
      implements Serializable {}

  public boolean isLastStage() {
    return stageReached == stageCount - 1;
  }
}
