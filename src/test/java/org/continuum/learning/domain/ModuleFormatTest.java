package org.continuum.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.PatientIdentifierGuard;
import org.continuum.shared.infrastructure.GivenNameDictionary;
import org.continuum.testsupport.ModuleSamples;
import org.junit.jupiter.api.Test;

class ModuleFormatTest {

  static final String GOOD = ModuleSamples.SMALL;

  @Test
  void readsHeaderStagesQuestionsAndReferences() {
    ModuleDocument m = ModuleFormat.parse(GOOD);
    assertThat(m.code()).isEqualTo("test-module");
    assertThat(m.version()).isEqualTo(2);
    assertThat(m.title()).isEqualTo("A test module: knees");
    assertThat(m.passMark()).isEqualTo(50);
    assertThat(m.objectives())
        .containsExactly(new ModuleDocument.Objective("PC7", "Examine a knee."));
    assertThat(m.stages())
        .extracting(ModuleDocument.Stage::kind)
        .containsExactly(StageKind.PRESENTATION, StageKind.FOLLOW_UP);
    assertThat(m.stages().get(1).title()).isEqualTo("six weeks later");
    assertThat(m.stages().get(0).narrative()).isEqualTo("A runner with **knee** pain.");
    ModuleDocument.Question first = m.question("s1q1");
    assertThat(first.type()).isEqualTo(QuestionType.SINGLE);
    assertThat(first.prompt()).isEqualTo("Which test first?");
    assertThat(first.options())
        .extracting(ModuleDocument.Option::correct)
        .containsExactly(false, true);
    assertThat(first.options().get(1).feedback()).isEqualTo("Yes, always.");
    assertThat(first.explanation()).isEqualTo("Examine first [1].");
    assertThat(m.question("s2q1").type()).isEqualTo(QuestionType.MULTIPLE);
    assertThat(m.questionCount()).isEqualTo(2);
    assertThat(m.references()).containsExactly("Someone. A paper. 2020.");
  }

  @Test
  void scoresAllOrNothing() {
    ModuleDocument.Question multiple = ModuleFormat.parse(GOOD).question("s2q1");
    assertThat(multiple.isAnsweredCorrectly(Set.of(0, 1))).isTrue();
    assertThat(multiple.isAnsweredCorrectly(Set.of(0))).as("one of two right").isFalse();
    assertThat(multiple.isAnsweredCorrectly(Set.of(0, 1, 2))).as("one wrong added").isFalse();
  }

  @Test
  void reportsEveryProblemWithItsLine() {
    String bad =
        GOOD.replace("passMark: 50", "passMark: 150")
            .replace("- [ ] MRI\n  Feedback: Not first.\n", "- [x] MRI\n")
            .replace("# Stage: Follow-up - six weeks later", "# Stage: Surgery")
            .replace("Explanation: Load management.\n", "");
    assertThatThrownBy(() -> ModuleFormat.parse(bad))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(InvalidInputException.FieldError::message)
                    .containsExactlyInAnyOrder(
                        "line 8: passMark must be a whole number from 0 to 100.",
                        "line 20: every option needs an indented \"Feedback: ...\" line under it.",
                        "line 17: a single-best-answer question marks exactly one option [x] (found 2).",
                        "line 27: \"Surgery\" is not a stage; use one of Presentation, History,"
                            + " Examination, Findings, Decisions, Follow-up.",
                        "line 30: the question needs an \"Explanation: ...\" after its options."));
  }

  @Test
  void refusesStagesOutOfOrderUnknownFieldsAndAMissingHeader() {
    assertThatThrownBy(() -> ModuleFormat.parse("# Stage: Presentation\ntext\n"))
        .hasMessageContaining("line 1: a module file starts with a YAML header");
    assertThat(messages(GOOD.replace("topic: Sports", "topic: Sports\ncolour: red")))
        .anyMatch(m -> m.startsWith("line 7: the header field \"colour\" is not known"));
    assertThat(
            messages(
                GOOD.replace("# Stage: Presentation", "# Stage: Decisions")
                    .replace("# Stage: Follow-up - six weeks later", "# Stage: History")))
        .contains("line 14: the case starts with its Presentation stage.")
        .anyMatch(m -> m.startsWith("line 28: stage History comes after Decisions"));
    assertThat(messages(GOOD.replace("title: \"A test module: knees\"", "title: [unclosed")))
        .anyMatch(m -> m.contains("the header is not valid YAML"));
    assertThat(messages(GOOD.substring(0, GOOD.indexOf("# References"))))
        .anyMatch(m -> m.contains("cites no sources"));
  }

  @Test
  void everyBundledModuleReads() throws IOException {
    Path folder = Path.of("seed-content/modules");
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> modules = files.filter(f -> f.toString().endsWith(".md")).toList();
      assertThat(modules).isNotEmpty();
      for (Path file : modules) {
        ModuleDocument m = ModuleFormat.parse(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(file.getFileName().toString()).isEqualTo(m.code() + ".md");
        assertThat(m.questionCount()).as(file.toString()).isGreaterThanOrEqualTo(4);
        assertThat(m.references()).as(file.toString()).isNotEmpty();
        m.requireNoPatientIdentifiers(REAL_GUARD);
      }
    }
  }

  @Test
  void aCaseThatCouldIdentifyAPatientIsRefusedNamingWhere() {
    ModuleDocument named =
        ModuleFormat.parse(
            GOOD.replace(
                "A runner with **knee** pain.",
                "Seen on 3/14: Mrs. Alvarez, MRN A12345, knee pain."));
    assertThatThrownBy(() -> named.requireNoPatientIdentifiers(REAL_GUARD))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).errors())
                    .extracting(InvalidInputException.FieldError::message)
                    .anyMatch(m -> m.startsWith("Stage 1 narrative seems to contain")));
    ModuleFormat.parse(GOOD).requireNoPatientIdentifiers(REAL_GUARD);
  }

  private static final PatientIdentifierGuard REAL_GUARD =
      new PatientIdentifierGuard(new GivenNameDictionary());

  private static List<String> messages(String text) {
    try {
      ModuleFormat.parse(text);
      return List.of();
    } catch (InvalidInputException e) {
      return e.errors().stream().map(InvalidInputException.FieldError::message).toList();
    }
  }
}
