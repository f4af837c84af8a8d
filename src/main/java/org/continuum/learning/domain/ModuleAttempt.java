package org.continuum.learning.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.continuum.shared.domain.AccessDeniedException;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.shared.domain.Wording;

/**
 * A trainee working through one module version, stage by stage: the stage reached so far (nothing
 * beyond it is shown), the answers given, and once finished the score and whether it passed. A
 * question can be answered only at its own stage and only once; the next stage opens only when
 * every question of the current one is answered.
 */
@Entity
@Table(name = "module_attempt")
public class ModuleAttempt extends BaseEntity {

  @Column(name = "module_id", nullable = false, updatable = false)
  private long moduleId;

  @Column(name = "program_id", nullable = false, updatable = false)
  private long programId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private long traineeId;

  @Column(name = "attempt_no", nullable = false, updatable = false)
  private int attemptNo;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "stage_reached", nullable = false)
  private int stageReached;

  @Column(name = "score_percent")
  private Integer scorePercent;

  @Column(name = "passed")
  private Boolean passed;

  @OneToMany(mappedBy = "attempt", cascade = CascadeType.ALL)
  private List<ModuleAnswer> answers = new ArrayList<>();

  protected ModuleAttempt() {}

  public static ModuleAttempt start(
      CaseModule module, long programId, long traineeId, int attemptNo, Instant now) {
    if (!module.isAvailableTo(programId)) {
      throw new RuleViolationException(Wording.of("moduleAttempt.moduleBelongsAnotherProgram"));
    }
    ModuleAttempt a = new ModuleAttempt();
    a.moduleId = module.getId();
    a.programId = programId;
    a.traineeId = traineeId;
    a.attemptNo = attemptNo;
    a.startedAt = now;
    a.stageReached = 0;
    return a;
  }

  /** Records the answer to a question of the current stage; returns whether it was right. */
  public boolean answer(
      ModuleDocument module, String questionKey, Set<Integer> chosen, Instant now) {
    requireOpen();
    ModuleDocument.Stage stage = module.stages().get(stageReached);
    ModuleDocument.Question question =
        stage.questions().stream()
            .filter(q -> q.key().equals(questionKey))
            .findFirst()
            .orElseThrow(
                () -> new RuleViolationException(Wording.of("moduleAttempt.questionPartStage")));
    if (answerTo(questionKey).isPresent()) {
      throw new RuleViolationException(Wording.of("moduleAttempt.haveAlreadyAnsweredQuestion"));
    }
    if (chosen == null || chosen.isEmpty()) {
      throw new InvalidInputException("chosen", Wording.of("moduleAttempt.chooseAnswer"));
    }
    if (chosen.stream().anyMatch(i -> i < 0 || i >= question.options().size())) {
      throw new InvalidInputException(
          "chosen", Wording.of("moduleAttempt.chooseAmongOptionsShown"));
    }
    if (question.type() == QuestionType.SINGLE && chosen.size() != 1) {
      throw new InvalidInputException("chosen", Wording.of("moduleAttempt.chooseOneAnswer"));
    }
    boolean correct = question.isAnsweredCorrectly(chosen);
    answers.add(new ModuleAnswer(this, questionKey, chosen, correct, now));
    return correct;
  }

  /** Opens the next stage, or finishes the attempt after the last one. */
  public void advance(ModuleDocument module, Instant now) {
    requireOpen();
    ModuleDocument.Stage stage = module.stages().get(stageReached);
    long open = stage.questions().stream().filter(q -> answerTo(q.key()).isEmpty()).count();
    if (open > 0) {
      throw new RuleViolationException(
          Wording.of(
              "moduleAttempt.answerStageFirst", (open == 1 ? "question" : open + " questions")));
    }
    if (stageReached < module.stages().size() - 1) {
      stageReached++;
      return;
    }
    int right = (int) answers.stream().filter(ModuleAnswer::isCorrect).count();
    int total = module.questionCount();
    scorePercent = total == 0 ? 100 : right * 100 / total;
    passed = scorePercent >= module.passMark();
    completedAt = now;
  }

  public void requireOwnedBy(long accountId) {
    if (traineeId != accountId) {
      throw new AccessDeniedException();
    }
  }

  private void requireOpen() {
    if (completedAt != null) {
      throw new RuleViolationException(Wording.of("moduleAttempt.attemptFinishedStartNew"));
    }
  }

  public Optional<ModuleAnswer> answerTo(String questionKey) {
    return answers.stream().filter(a -> a.getQuestionKey().equals(questionKey)).findFirst();
  }

  public boolean isCompleted() {
    return completedAt != null;
  }

  public long getModuleId() {
    return moduleId;
  }

  public long getProgramId() {
    return programId;
  }

  public long getTraineeId() {
    return traineeId;
  }

  public int getAttemptNo() {
    return attemptNo;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  public int getStageReached() {
    return stageReached;
  }

  public Integer getScorePercent() {
    return scorePercent;
  }

  public Boolean getPassed() {
    return passed;
  }

  public List<ModuleAnswer> getAnswers() {
    return List.copyOf(answers);
  }
}
