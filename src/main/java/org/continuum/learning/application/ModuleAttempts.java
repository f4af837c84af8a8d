package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.continuum.audit.application.AuditTrail;
import org.continuum.audit.domain.AuditEventType;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ModuleAnswer;
import org.continuum.learning.domain.ModuleAttempt;
import org.continuum.learning.domain.ModuleDocument;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.learning.domain.ModuleResultRow;
import org.continuum.learning.domain.ModuleStanding;
import org.continuum.learning.domain.RetakePolicy;
import org.continuum.program.application.Enrollments;
import org.continuum.program.domain.EnrollmentStatus;
import org.continuum.shared.domain.AggregateLocks;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/**
 * A trainee working a module: their list, starting or resuming an attempt, answering the current
 * stage's questions and moving on. An attempt is only ever its own trainee's; anyone else is told
 * it does not exist.
 */
@ApplicationScoped
@Transactional
public class ModuleAttempts {

  static final String SUBJECT = "module-attempt";

  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject Enrollments enrollments;
  @Inject ModuleRepository modules;
  @Inject ModuleLibrary library;
  @Inject ModuleRequirements requirements;
  @Inject AggregateLocks locks;
  @Inject AuditTrail audit;

  /** The modules of a program the signed-in trainee trains in, with their standing on each. */
  public List<ModuleCard> mine(long programId) {
    requireTraineeIn(programId);
    Map<String, ModuleResultRow> results = new HashMap<>();
    modules
        .bestResults(programId, List.of(currentUser.accountId()))
        .forEach(r -> results.put(r.moduleCode(), r));
    Map<String, String> required = new HashMap<>();
    requirements.list(programId).forEach(r -> required.put(r.moduleCode(), r.when()));
    List<ModuleCard> cards = new ArrayList<>();
    for (CaseModule m : modules.latestAvailableTo(programId)) {
      ModuleResultRow r = results.get(m.getCode());
      cards.add(
          new ModuleCard(
              ModuleSummary.of(m),
              ModuleStanding.of(r),
              r == null ? null : r.bestScore(),
              r == null ? 0 : r.attempts(),
              required.get(m.getCode())));
    }
    // required modules first, each group by title as the library lists them
    cards.sort(java.util.Comparator.comparing((ModuleCard c) -> c.requiredWhen() == null));
    return cards;
  }

  /** Starts an attempt, or resumes the one already open (on whichever version it was begun). */
  public AttemptView start(long programId, long moduleId) {
    requireTraineeIn(programId);
    long me = currentUser.accountId();
    CaseModule module = library.available(programId, moduleId);
    List<ModuleAttempt> earlier = modules.attempts(me, module.getCode());
    for (ModuleAttempt a : earlier) {
      if (!a.isCompleted()) {
        return view(a);
      }
    }
    policy(programId).requireMayStart(earlier, clock.instant());
    ModuleAttempt attempt =
        ModuleAttempt.start(module, programId, me, earlier.size() + 1, clock.instant());
    modules.add(attempt);
    modules.flush();
    audit.record(
        AuditEventType.MODULE_ATTEMPT_STARTED,
        SUBJECT,
        attempt.getId(),
        programId,
        module.getCode() + " attempt " + attempt.getAttemptNo());
    return view(attempt);
  }

  public AttemptView get(long attemptId) {
    return view(own(attemptId));
  }

  /** Answers one question of the current stage; the answer is final. */
  public AttemptView answer(long attemptId, long expectedVersion, String key, Set<Integer> chosen) {
    ModuleAttempt attempt = changing(attemptId, expectedVersion);
    attempt.answer(document(attempt), key, chosen, clock.instant());
    modules.flush();
    return view(attempt);
  }

  /** Opens the next stage, or finishes and scores the attempt after the last. */
  public AttemptView advance(long attemptId, long expectedVersion) {
    ModuleAttempt attempt = changing(attemptId, expectedVersion);
    attempt.advance(document(attempt), clock.instant());
    modules.flush();
    if (attempt.isCompleted()) {
      audit.record(
          AuditEventType.MODULE_ATTEMPT_COMPLETED,
          SUBJECT,
          attemptId,
          attempt.getProgramId(),
          "score "
              + attempt.getScorePercent()
              + "%, "
              + (attempt.getPassed() ? "passed" : "not passed"));
    }
    return view(attempt);
  }

  RetakePolicy policy(long programId) {
    return modules.policy(programId).orElseGet(() -> RetakePolicy.defaultFor(programId));
  }

  private ModuleAttempt changing(long attemptId, long expectedVersion) {
    ModuleAttempt attempt = own(attemptId);
    attempt.requireVersion(expectedVersion);
    locks.lockForChange(attempt);
    return attempt;
  }

  private ModuleAttempt own(long attemptId) {
    access.requireSignedIn();
    return modules
        .attempt(attemptId)
        .filter(a -> a.getTraineeId() == currentUser.accountId())
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("moduleAttempts.attempt")));
  }

  private void requireTraineeIn(long programId) {
    access.requireSignedIn();
    boolean active =
        enrollments.mine().stream()
            .anyMatch(e -> e.program().id() == programId && e.status() == EnrollmentStatus.ACTIVE);
    if (!active) {
      throw new RecordNotFoundException(Wording.of("moduleAttempts.program"));
    }
  }

  private ModuleDocument document(ModuleAttempt attempt) {
    return library.document(modules.module(attempt.getModuleId()).orElseThrow());
  }

  /** What the trainee may see now: stages up to the one reached, answers only where given. */
  private AttemptView view(ModuleAttempt a) {
    CaseModule module = modules.module(a.getModuleId()).orElseThrow();
    ModuleDocument doc = library.document(module);
    List<AttemptView.Stage> stages = new ArrayList<>();
    int shown = a.isCompleted() ? doc.stages().size() : a.getStageReached() + 1;
    boolean currentDone = true;
    for (int i = 0; i < shown; i++) {
      ModuleDocument.Stage s = doc.stages().get(i);
      List<AttemptView.Question> questions = new ArrayList<>();
      for (ModuleDocument.Question q : s.questions()) {
        ModuleAnswer answer = a.answerTo(q.key()).orElse(null);
        if (answer == null && i == a.getStageReached()) {
          currentDone = false;
        }
        questions.add(question(q, answer));
      }
      stages.add(
          new AttemptView.Stage(
              i + 1, s.kind().label(), s.title(), ModuleText.html(s.narrative()), questions));
    }
    return new AttemptView(
        a.getId(),
        a.getVersion(),
        a.getProgramId(),
        module.getId(),
        doc.title(),
        doc.topic(),
        doc.passMark(),
        doc.stages().size(),
        a.getStageReached(),
        a.isCompleted(),
        a.getScorePercent(),
        a.getPassed(),
        !a.isCompleted() && currentDone,
        doc.objectives().stream().map(o -> o.subcompetencyCode() + ": " + o.text()).toList(),
        stages,
        a.isCompleted() ? doc.references().stream().map(ModuleText::html).toList() : List.of());
  }

  private static AttemptView.Question question(ModuleDocument.Question q, ModuleAnswer answer) {
    List<AttemptView.Option> options = new ArrayList<>();
    for (int i = 0; i < q.options().size(); i++) {
      ModuleDocument.Option o = q.options().get(i);
      options.add(
          answer == null
              ? new AttemptView.Option(i, ModuleText.html(o.text()), false, null, null)
              : new AttemptView.Option(
                  i,
                  ModuleText.html(o.text()),
                  answer.getChosen().contains(i),
                  o.correct(),
                  ModuleText.html(o.feedback())));
    }
    return new AttemptView.Question(
        q.key(),
        q.type(),
        ModuleText.html(q.prompt()),
        options,
        answer != null,
        answer == null ? null : answer.isCorrect(),
        answer == null ? null : ModuleText.html(q.explanation()));
  }
}
