package org.continuum.learning.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.continuum.learning.application.AttemptView;
import org.continuum.learning.application.ModuleAttempts;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * Working one module attempt: the stages so far, answering the current stage's questions one by
 * one, moving on, and the result.
 */
@Named("moduleAttempt")
@ViewScoped
public class ModuleAttemptBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject ModuleAttempts attempts;

  private Long attemptId;
  private AttemptView attempt;
  private final Map<String, Object> choice = new HashMap<>();

  public void load() {
    if (attemptId == null) {
      throw new RecordNotFoundException(Wording.of("moduleAttemptBean.attempt"));
    }
    attempt = attempts.get(attemptId);
  }

  public void answer(AttemptView.Question question) {
    attempt =
        attempts.answer(attempt.id(), attempt.version(), question.key(), chosen(question.key()));
  }

  public void advance() {
    attempt = attempts.advance(attempt.id(), attempt.version());
    choice.clear();
  }

  /** The options picked for a question: one value from a radio group, several from checkboxes. */
  private Set<Integer> chosen(String key) {
    Object picked = choice.get(key);
    Collection<?> values =
        picked == null
            ? Set.of()
            : picked instanceof Object[] many
                ? Arrays.asList(many)
                : picked instanceof Collection<?> list ? list : Set.of(picked);
    Set<Integer> result = new HashSet<>();
    try {
      for (Object v : values) {
        result.add(Integer.valueOf(String.valueOf(v)));
      }
    } catch (NumberFormatException e) {
      throw new InvalidInputException(
          "answer", Wording.of("moduleAttemptBean.chooseAmongOptionsShown"));
    }
    if (result.isEmpty()) {
      throw new InvalidInputException("answer", Wording.of("moduleAttemptBean.chooseAnswerFirst"));
    }
    return result;
  }

  public AttemptView getAttempt() {
    return attempt;
  }

  public Map<String, Object> getChoice() {
    return choice;
  }

  public Long getAttemptId() {
    return attemptId;
  }

  public void setAttemptId(Long attemptId) {
    this.attemptId = attemptId;
  }
}
