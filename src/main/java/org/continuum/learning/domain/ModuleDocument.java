package org.continuum.learning.domain;

import java.io.Serializable;
import java.util.List;
import java.util.function.BiConsumer;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.domain.Violations;
import org.continuum.shared.domain.Wording;

/**
 * A case-based learning module as its file describes it: header, the case in stages with questions
 * at the stages, and references. Immutable; a module version never changes once loaded.
 */
public record ModuleDocument(
    String code,
    int version,
    String title,
    String topic,
    int estimatedMinutes,
    int passMark,
    List<Objective> objectives,
    List<Stage> stages,
    List<String> references)
    implements Serializable {

  /** What the module teaches, mapped to a subcompetency code. */
  public record Objective(String subcompetencyCode, String text) implements Serializable {}

  /** One stage of the case, told in Markdown, with the questions asked there. */
  public record Stage(StageKind kind, String title, String narrative, List<Question> questions)
      implements Serializable {}

  /** A question; {@code key} ("s2q1") is stable within the module version, for answers. */
  public record Question(
      String key, QuestionType type, String prompt, List<Option> options, String explanation)
      implements Serializable {

    /** Whether exactly the correct options were chosen (all-or-nothing, as exam items score). */
    public boolean isAnsweredCorrectly(java.util.Set<Integer> chosen) {
      for (int i = 0; i < options.size(); i++) {
        if (options.get(i).correct() != chosen.contains(i)) {
          return false;
        }
      }
      return true;
    }
  }

  /** An answer option with the feedback shown once the question is answered. */
  public record Option(String text, boolean correct, String feedback) implements Serializable {}

  public int questionCount() {
    return stages.stream().mapToInt(s -> s.questions().size()).sum();
  }

  public Question question(String key) {
    for (Stage stage : stages) {
      for (Question q : stage.questions()) {
        if (q.key().equals(key)) {
          return q;
        }
      }
    }
    return null;
  }

  /**
   * Refuses a module whose case could identify a real patient: the title, objectives, every stage,
   * question, option, feedback and explanation are checked, and every finding is listed, each
   * naming where it is. The references are not: citations carry journal numbers and years, not
   * patients.
   */
  public void requireNoPatientIdentifiers(PatientIdentifierGuard guard) {
    Violations problems = new Violations();
    BiConsumer<String, String> check =
        (where, text) -> guard.problem(where, text).ifPresent(m -> problems.add("module", m));
    check.accept(Wording.of("moduleDocument.title"), title);
    check.accept(Wording.of("moduleDocument.topic"), topic);
    for (Objective objective : objectives) {
      check.accept(
          Wording.of("moduleDocument.objective", objective.subcompetencyCode()), objective.text());
    }
    for (int i = 0; i < stages.size(); i++) {
      Stage stage = stages.get(i);
      String where = Wording.of("moduleDocument.stage", i + 1);
      check.accept(Wording.of("moduleDocument.title2", where), stage.title());
      check.accept(Wording.of("moduleDocument.narrative", where), stage.narrative());
      for (Question q : stage.questions()) {
        check.accept(Wording.of("moduleDocument.question", q.key()), q.prompt());
        check.accept(Wording.of("moduleDocument.explanationQuestion", q.key()), q.explanation());
        for (int o = 0; o < q.options().size(); o++) {
          Option option = q.options().get(o);
          String opt = Wording.of("moduleDocument.option", o + 1, q.key());
          check.accept(opt, option.text());
          check.accept(
              Wording.of("moduleDocument.feedback", opt.toLowerCase(java.util.Locale.ROOT)),
              option.feedback());
        }
      }
    }
    problems.throwIfAny();
  }
}
