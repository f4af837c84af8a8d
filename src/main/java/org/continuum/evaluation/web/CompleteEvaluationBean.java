package org.continuum.evaluation.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.evaluation.application.EvaluationDetail;
import org.continuum.evaluation.application.EvaluationSigning;
import org.continuum.evaluation.application.Evaluations;
import org.continuum.evaluation.application.ItemView;
import org.continuum.evaluation.domain.AnswerInput;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.UserMessages;

/**
 * Writing an evaluation: every change is saved as a draft at once (so nothing typed is lost on a
 * phone that sleeps), then the evaluator signs with their password, or hands an anonymous one in.
 * Each save carries the version shown, so a second tab or device cannot silently overwrite.
 */
@Named("completeEvaluation")
@ViewScoped
public class CompleteEvaluationBean implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Clock clock;
  @Inject Evaluations evaluations;
  @Inject EvaluationSigning signing;

  private Long id;
  private EvaluationDetail evaluation;
  private final Map<Integer, String> values = new HashMap<>();
  private final Map<Integer, String> texts = new HashMap<>();
  private Instant savedAt;
  private boolean incomplete;
  private String password;

  /** Why each refused answer was refused, by item, shown under the answer itself. */
  private final Map<Integer, String> problems = new HashMap<>();

  /** View action: only the evaluator, and only while it is open; otherwise the reading page. */
  public void load() throws IOException {
    if (id == null) {
      throw new RecordNotFoundException(Wording.of("completeEvaluationBean.evaluation"));
    }
    show(evaluations.get(id));
    if (!evaluation.may().edit()) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/evaluations/view.xhtml?id="
                  + id);
    }
  }

  private void show(EvaluationDetail detail) {
    evaluation = detail;
    values.clear();
    texts.clear();
    for (ItemView item : detail.items()) {
      values.put(item.seq(), item.value());
      texts.put(item.seq(), item.text());
    }
  }

  /** Saves after each change (ajax); quiet on success, a message only when refused. */
  public void autosave() {
    save(false);
  }

  public void saveDraft() {
    save(true);
  }

  /**
   * Saves what is on screen; false when refused. A refused answer's message goes under that answer
   * (on a phone the top of the page is far away) as well as to the summary at the top, and what was
   * typed stays on the form.
   */
  private boolean save(boolean tell) {
    List<AnswerInput> answers = new ArrayList<>();
    for (ItemView item : evaluation.items()) {
      answers.add(new AnswerInput(item.seq(), values.get(item.seq()), texts.get(item.seq())));
    }
    problems.clear();
    incomplete = false;
    try {
      evaluation = evaluations.saveDraft(evaluation.id(), evaluation.version(), answers);
    } catch (InvalidInputException refused) {
      showAtItems(refused);
      return false;
    }
    savedAt = clock.instant();
    if (tell) {
      UserMessages.info(Wording.of("completeEvaluationBean.draftSaved"));
    }
    return true;
  }

  /**
   * "Sign...": saves, then checks the evaluation could be signed (every required answer given)
   * before the password is asked for; a missing answer is marked at its item, and the dialog, which
   * would hide the marks, stays closed.
   */
  public void prepareToSign() {
    if (!save(false)) {
      return;
    }
    try {
      evaluations.requireSignable(evaluation.id(), evaluation.version());
    } catch (InvalidInputException missing) {
      incomplete = true;
      showAtItems(missing);
    }
  }

  /** Saved, but not signable yet: the marks are answers still to give, not refusals. */
  public boolean isIncomplete() {
    return incomplete;
  }

  private void showAtItems(InvalidInputException refused) {
    for (InvalidInputException.FieldError error : refused.errors()) {
      itemOf(error.field()).ifPresent(seq -> problems.put(seq, error.message()));
    }
    UserMessages.show(refused);
  }

  /** The item an error's field names ("item3"), if it names one. */
  private static java.util.Optional<Integer> itemOf(String field) {
    if (field != null && field.matches("item\\d{1,4}")) {
      return java.util.Optional.of(Integer.parseInt(field.substring(4)));
    }
    return java.util.Optional.empty();
  }

  /** Saves what is on screen, then signs it with the password typed in the dialog. */
  public String sign() {
    if (!save(false)) {
      return null;
    }
    char[] typed = password == null ? new char[0] : password.toCharArray();
    password = null;
    EvaluationDetail signed = signing.sign(evaluation.id(), evaluation.version(), typed);
    Arrays.fill(typed, '\0');
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    UserMessages.info(Wording.of("completeEvaluationBean.signedEvaluationNowFinal"));
    return "/evaluations/view.xhtml?faces-redirect=true&id=" + signed.id();
  }

  /** Saves, then hands in an anonymous evaluation. */
  public String submit() {
    if (!save(false)) {
      return null;
    }
    try {
      evaluations.submit(evaluation.id(), evaluation.version());
    } catch (InvalidInputException missing) {
      incomplete = true;
      showAtItems(missing);
      return null;
    }
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    UserMessages.info(Wording.of("completeEvaluationBean.thankAnswersWereHanded"));
    return "/evaluations/index.xhtml?faces-redirect=true";
  }

  public EvaluationDetail getEvaluation() {
    return evaluation;
  }

  public Map<Integer, String> getValues() {
    return values;
  }

  public Map<Integer, String> getTexts() {
    return texts;
  }

  public Map<Integer, String> getProblems() {
    return problems;
  }

  public Instant getSavedAt() {
    return savedAt;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getPassword() {
    return null; // never sent back to the page
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
