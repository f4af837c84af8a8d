package org.continuum.learning.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a module file: Markdown with a YAML header (see seed-content/README.md, kind case-module).
 * Every problem is reported with its line, all at once, so an author fixes a file in one pass.
 */
public final class ModuleFormat {

  public static final String KIND = "case-module";

  private static final Set<String> HEADER_KEYS =
      Set.of(
          "kind",
          "id",
          "version",
          "title",
          "topic",
          "estimatedMinutes",
          "passMark",
          "objectives",
          "note");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,59}");
  private static final Pattern CODE = Pattern.compile("[A-Z]{2,5}[0-9]{1,2}");
  private static final Pattern STAGE =
      Pattern.compile("#\\s+Stage:\\s*([A-Za-z -]+?)(?:\\s+[-–—]\\s+(.+))?\\s*");
  private static final Pattern QUESTION = Pattern.compile("##\\s+Question:\\s*(\\S+)\\s*");
  private static final Pattern OPTION = Pattern.compile("[-*]\\s+\\[([ xX])\\]\\s+(.+)");
  private static final Pattern FEEDBACK = Pattern.compile("\\s+Feedback:\\s*(.*)");
  private static final Pattern EXPLANATION = Pattern.compile("Explanation:\\s*(.*)");
  private static final Pattern REFERENCE_ITEM = Pattern.compile("(?:[-*]|[0-9]+\\.)\\s+(.+)");

  private final List<InvalidInputException.FieldError> problems = new ArrayList<>();
  private final String[] lines;

  private ModuleFormat(String text) {
    this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
  }

  /**
   * The module in the text, or an {@link InvalidInputException} with one error per line at fault.
   */
  public static ModuleDocument parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException("line 1", Wording.of("moduleFormat.line1FileEmpty"));
    }
    return new ModuleFormat(text.startsWith("\uFEFF") ? text.substring(1) : text).read();
  }

  private ModuleDocument read() {
    int end = headerEnd();
    if (end < 0) {
      throw new InvalidInputException(problems);
    }
    Map<String, Object> header = yaml(end);
    Header h = header(header);
    Body body = new Body();
    for (int i = end + 1; i < lines.length; i++) {
      body.line(i + 1, lines[i]);
    }
    body.finish(lines.length);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new ModuleDocument(
        h.id,
        h.version,
        h.title,
        h.topic,
        h.minutes,
        h.passMark,
        List.copyOf(h.objectives),
        List.copyOf(body.stages),
        List.copyOf(body.references));
  }

  /** The index of the header's closing "---", or -1 with the problem recorded. */
  private int headerEnd() {
    if (!lines[0].strip().equals("---")) {
      problem(1, Wording.of("moduleFormat.moduleFileStartsYaml"));
      return -1;
    }
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        return i;
      }
    }
    problem(1, Wording.of("moduleFormat.yamlHeaderNeverClosed"));
    return -1;
  }

  private Map<String, Object> yaml(int end) {
    StringBuilder yaml = new StringBuilder();
    for (int i = 1; i < end; i++) {
      yaml.append(lines[i]).append('\n');
    }
    try {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml.toString());
      if (loaded instanceof Map<?, ?> map) {
        Map<String, Object> header = new LinkedHashMap<>();
        map.forEach((k, v) -> header.put(String.valueOf(k), v));
        return header;
      }
      problem(2, Wording.of("moduleFormat.headerYamlFieldsSuch"));
    } catch (MarkedYAMLException e) {
      int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
      problem(line, Wording.of("moduleFormat.headerValidYaml", e.getProblem()));
    } catch (YAMLException e) {
      problem(2, Wording.of("moduleFormat.headerValidYaml2"));
    }
    return Map.of();
  }

  private static final class Header {
    String id;
    int version;
    String title;
    String topic;
    int minutes;
    int passMark;
    final List<ModuleDocument.Objective> objectives = new ArrayList<>();
  }

  private Header header(Map<String, Object> yaml) {
    Header h = new Header();
    for (String key : yaml.keySet()) {
      if (!HEADER_KEYS.contains(key)) {
        problem(lineOf(key), Wording.of("moduleFormat.headerFieldKnownExpected", key, HEADER_KEYS));
      }
    }
    Object kind = yaml.get("kind");
    if (kind != null && !KIND.equals(kind)) {
      problem(lineOf("kind"), Wording.of("moduleFormat.kind", KIND));
    }
    h.id = text(yaml, "id");
    if (h.id != null && !ID.matcher(h.id).matches()) {
      problem(lineOf("id"), Wording.of("moduleFormat.id360Lower"));
    }
    h.version = number(yaml, "version", 1, 10_000);
    h.title = text(yaml, "title");
    if (h.title != null && (h.title.length() < 5 || h.title.length() > 200)) {
      problem(lineOf("title"), Wording.of("moduleFormat.title5200Characters"));
    }
    h.topic = text(yaml, "topic");
    if (h.topic != null && h.topic.length() > 80) {
      problem(lineOf("topic"), Wording.of("moduleFormat.topicMost80Characters"));
    }
    h.minutes = number(yaml, "estimatedMinutes", 1, 240);
    h.passMark = number(yaml, "passMark", 0, 100);
    Object objectives = yaml.get("objectives");
    if (!(objectives instanceof List<?> list) || list.isEmpty()) {
      problem(lineOf("objectives"), Wording.of("moduleFormat.objectivesListLeastOne"));
    } else {
      for (Object o : list) {
        if (o instanceof Map<?, ?> m
            && m.get("subcompetency") instanceof String code
            && m.get("text") instanceof String text
            && !text.isBlank()) {
          if (!CODE.matcher(code).matches()) {
            problem(lineOf(code), Wording.of("moduleFormat.objectiveSubcompetencyCodeLike", code));
          }
          h.objectives.add(new ModuleDocument.Objective(code, text.strip()));
        } else {
          problem(lineOf("objectives"), Wording.of("moduleFormat.eachObjectiveNeedsSubcompetency"));
        }
      }
    }
    return h;
  }

  private String text(Map<String, Object> yaml, String key) {
    Object value = yaml.get(key);
    if (value == null || String.valueOf(value).isBlank()) {
      problem(lineOf(key), Wording.of("moduleFormat.required", key));
      return null;
    }
    return String.valueOf(value).strip();
  }

  private int number(Map<String, Object> yaml, String key, int min, int max) {
    Object value = yaml.get(key);
    if (value instanceof Integer n && n >= min && n <= max) {
      return n;
    }
    problem(lineOf(key), Wording.of("moduleFormat.wholeNumber", key, min, max));
    return min;
  }

  /** The line of the header that names the key (or the first line of the header). */
  private int lineOf(String key) {
    for (int i = 1; i < lines.length && !lines[i].strip().equals("---"); i++) {
      if (lines[i].contains(key)) {
        return i + 1;
      }
    }
    return 1;
  }

  private void problem(int line, String message) {
    problems.add(
        new InvalidInputException.FieldError(
            "line " + line, Wording.of("moduleFormat.line", line, message)));
  }

  /** Reads the Markdown body line by line: stages, questions, options, explanations, references. */
  private final class Body {
    final List<ModuleDocument.Stage> stages = new ArrayList<>();
    final List<String> references = new ArrayList<>();

    private StageKind stageKind;
    private String stageTitle;
    private int stageLine;
    private final StringBuilder narrative = new StringBuilder();
    private final List<ModuleDocument.Question> questions = new ArrayList<>();

    private QuestionType questionType;
    private int questionLine;
    private final StringBuilder prompt = new StringBuilder();
    private final List<String[]> options = new ArrayList<>(); // text, correct, feedback
    private final List<Integer> optionLines = new ArrayList<>();
    private StringBuilder explanation;
    private boolean inReferences;

    void line(int number, String line) {
      String stripped = line.strip();
      Matcher m;
      if ((m = STAGE.matcher(stripped)).matches()) {
        closeStage();
        StageKind kind = StageKind.named(m.group(1));
        if (kind == null) {
          problem(number, Wording.of("moduleFormat.stageUseOnePresentation", m.group(1).strip()));
          kind = StageKind.PRESENTATION;
        } else if (stages.isEmpty() && kind != StageKind.PRESENTATION) {
          problem(number, Wording.of("moduleFormat.caseStartsItsPresentation"));
        } else if (!stages.isEmpty()
            && kind.ordinal() < stages.get(stages.size() - 1).kind().ordinal()) {
          problem(
              number,
              Wording.of(
                  "moduleFormat.stageComesAfterStages",
                  kind.label(),
                  stages.get(stages.size() - 1).kind().label()));
        }
        stageKind = kind;
        stageTitle = m.group(2) == null ? kind.label() : m.group(2).strip();
        stageLine = number;
        inReferences = false;
      } else if (stripped.matches("#\\s+References\\s*")) {
        closeStage();
        inReferences = true;
      } else if (inReferences) {
        if ((m = REFERENCE_ITEM.matcher(stripped)).matches()) {
          references.add(m.group(1).strip());
        } else if (!stripped.isEmpty()) {
          if (references.isEmpty()) {
            problem(number, Wording.of("moduleFormat.referencesListedOnePer"));
          } else {
            int last = references.size() - 1;
            references.set(last, references.get(last) + " " + stripped);
          }
        }
      } else if ((m = QUESTION.matcher(stripped)).matches()) {
        if (stageKind == null) {
          problem(number, Wording.of("moduleFormat.questionBelongsStagePut"));
        }
        closeQuestion();
        questionType =
            switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
              case "single" -> QuestionType.SINGLE;
              case "multiple" -> QuestionType.MULTIPLE;
              default -> {
                problem(number, Wording.of("moduleFormat.questionSingleOneBest"));
                yield QuestionType.SINGLE;
              }
            };
        questionLine = number;
      } else if (stripped.startsWith("#")) {
        problem(number, Wording.of("moduleFormat.headingsStageQuestionSingle"));
      } else if (questionType != null) {
        questionLine(number, line, stripped);
      } else if (stageKind != null) {
        narrative.append(line).append('\n');
      } else if (!stripped.isEmpty()) {
        problem(number, Wording.of("moduleFormat.textBeforeFirstStage"));
      }
    }

    private void questionLine(int number, String line, String stripped) {
      Matcher m;
      if (explanation != null) {
        explanation.append(line).append('\n');
      } else if ((m = EXPLANATION.matcher(stripped)).matches()) {
        explanation = new StringBuilder(m.group(1)).append('\n');
      } else if ((m = OPTION.matcher(line)).matches()) {
        options.add(new String[] {m.group(2).strip(), String.valueOf(!m.group(1).isBlank()), null});
        optionLines.add(number);
      } else if ((m = FEEDBACK.matcher(line)).matches() && !options.isEmpty()) {
        String[] option = options.get(options.size() - 1);
        option[2] = m.group(1).strip();
      } else if (!options.isEmpty() && !stripped.isEmpty()) {
        if (Character.isWhitespace(line.charAt(0))) {
          String[] option = options.get(options.size() - 1);
          if (option[2] == null) {
            option[0] = option[0] + " " + stripped;
          } else {
            option[2] = option[2] + " " + stripped;
          }
        } else {
          problem(number, Wording.of("moduleFormat.afterOptionsComesExplanation"));
        }
      } else if (options.isEmpty()) {
        prompt.append(line).append('\n');
      }
    }

    private void closeQuestion() {
      if (questionType == null) {
        return;
      }
      List<ModuleDocument.Option> built = new ArrayList<>();
      int correct = 0;
      for (int i = 0; i < options.size(); i++) {
        String[] o = options.get(i);
        if (o[2] == null || o[2].isBlank()) {
          problem(optionLines.get(i), Wording.of("moduleFormat.everyOptionNeedsIndented"));
        }
        boolean right = Boolean.parseBoolean(o[1]);
        correct += right ? 1 : 0;
        built.add(new ModuleDocument.Option(o[0], right, o[2] == null ? "" : o[2]));
      }
      if (prompt.toString().isBlank()) {
        problem(questionLine, Wording.of("moduleFormat.questionHasPromptWrite"));
      }
      if (options.size() < 2 || options.size() > 8) {
        problem(questionLine, Wording.of("moduleFormat.questionNeeds28", options.size()));
      } else if (questionType == QuestionType.SINGLE && correct != 1) {
        problem(questionLine, Wording.of("moduleFormat.singleBestAnswerQuestion", correct));
      } else if (questionType == QuestionType.MULTIPLE && correct < 1) {
        problem(questionLine, Wording.of("moduleFormat.multipleSelectQuestionMarks"));
      }
      if (explanation == null || explanation.toString().isBlank()) {
        problem(questionLine, Wording.of("moduleFormat.questionNeedsExplanationAfter"));
      }
      int stageNumber = stages.size() + 1;
      questions.add(
          new ModuleDocument.Question(
              "s" + stageNumber + "q" + (questions.size() + 1),
              questionType,
              prompt.toString().strip(),
              List.copyOf(built),
              explanation == null ? "" : explanation.toString().strip()));
      questionType = null;
      prompt.setLength(0);
      options.clear();
      optionLines.clear();
      explanation = null;
    }

    private void closeStage() {
      closeQuestion();
      if (stageKind == null) {
        return;
      }
      if (narrative.toString().isBlank()) {
        problem(stageLine, Wording.of("moduleFormat.stageTellsNothingWrite"));
      }
      stages.add(
          new ModuleDocument.Stage(
              stageKind, stageTitle, narrative.toString().strip(), List.copyOf(questions)));
      stageKind = null;
      narrative.setLength(0);
      questions.clear();
    }

    void finish(int lastLine) {
      closeStage();
      if (stages.isEmpty()) {
        problem(lastLine, Wording.of("moduleFormat.moduleHasStagesTell"));
      } else if (stages.stream().allMatch(s -> s.questions().isEmpty())) {
        problem(lastLine, Wording.of("moduleFormat.moduleAsksQuestionsAdd"));
      }
      if (references.isEmpty()) {
        problem(lastLine, Wording.of("moduleFormat.moduleCitesSourcesList"));
      }
    }
  }
}
