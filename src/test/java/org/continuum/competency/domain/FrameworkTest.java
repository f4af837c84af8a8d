package org.continuum.competency.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.InvalidInputException.FieldError;
import org.continuum.shared.domain.RuleViolationException;
import org.junit.jupiter.api.Test;

class FrameworkTest {

  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
  private static final List<String> LEVELS =
      List.of("Level one text", "Level two text", "Level three", "Level four", "Level five");

  private static Framework draft() {
    Framework f = Framework.draft("pmr", 1, "PM&R milestones", "PM&R", null, 7L);
    f.addSubcompetency("PC4", CoreCompetency.PC, "Procedures", LEVELS);
    f.addSubcompetency("ICS1", CoreCompetency.ICS, "Communication", LEVELS);
    return f;
  }

  @Test
  void aDraftIsEditedAndItsCodesStayUnique() {
    Framework f = draft();
    assertThat(f.getCode()).isEqualTo("PMR");
    assertThatThrownBy(() -> f.addSubcompetency("PC4", CoreCompetency.PC, "Again", LEVELS))
        .hasMessage("Code PC4 is already used in this framework.");
    assertThat(f.getSubcompetencies())
        .extracting(Subcompetency::getCode)
        .containsExactly("PC4", "ICS1");
  }

  @Test
  void everyBrokenRuleOfASubcompetencyIsNamedAtOnce() {
    Framework f = draft();
    assertThatThrownBy(
            () -> f.addSubcompetency("pc 9", null, "x", List.of("only", "three", "levels")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactlyInAnyOrder("code", "competency", "title", "levels"));
    assertThatThrownBy(
            () ->
                f.addSubcompetency(
                    "PC5",
                    CoreCompetency.PC,
                    "Electrodiagnosis",
                    List.of("one", "two", "", "four", "five")))
        .hasMessage("Level 3 descriptor must be 3 to 1000 characters long.");
  }

  @Test
  void aPublishedVersionNeverChanges() {
    Framework f = draft();
    f.publish(NOW);
    assertThat(f.getStatus()).isEqualTo(FrameworkStatus.PUBLISHED);
    assertThatThrownBy(() -> f.addSubcompetency("PC5", CoreCompetency.PC, "EDX", LEVELS))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("is published and cannot change");
    assertThatThrownBy(() -> f.describe("Another name", "PM&R", null))
        .isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> f.publish(NOW)).isInstanceOf(RuleViolationException.class);
  }

  @Test
  void theNextVersionIsADraftCopyOwnedByTheProgramThatStartedIt() {
    Framework v1 = draft();
    v1.publish(NOW);
    Framework v2 = v1.nextDraft(9L);
    assertThat(v2.getFrameworkVersion()).isEqualTo(2);
    assertThat(v2.isDraft()).isTrue();
    assertThat(v2.isOwnedBy(9L)).isTrue();
    assertThat(v2.getSubcompetencies())
        .extracting(Subcompetency::getCode, Subcompetency::getTitle)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PC4", "Procedures"),
            org.assertj.core.groups.Tuple.tuple("ICS1", "Communication"));
    v2.addSubcompetency("PC5", CoreCompetency.PC, "Electrodiagnosis", LEVELS);
    assertThat(v1.getSubcompetencies()).as("the published version is untouched").hasSize(2);
    assertThat(v2.getSubcompetencies().get(0)).isNotSameAs(v1.getSubcompetencies().get(0));
  }

  @Test
  void aDraftCannotBeStartedFromADraftNorPublishedEmpty() {
    Framework f = Framework.draft("EMPTY", 1, "Empty", "None", null, null);
    assertThatThrownBy(() -> f.nextDraft(1L)).isInstanceOf(RuleViolationException.class);
    assertThatThrownBy(() -> f.publish(NOW))
        .hasMessage("A framework needs at least one subcompetency to publish.");
  }

  @Test
  void aProgramUsesOnlyAPublishedVersion() {
    Framework f = draft();
    assertThatThrownBy(() -> new ProgramFramework(7, f))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("is a draft");
    f.publish(NOW);
    assertThat(new ProgramFramework(7, f).getFramework()).isSameAs(f);
  }

  @Test
  void subcompetenciesKeepTheirCompetencyGroupOrder() {
    Framework f = draft();
    f.addSubcompetency("PC1", CoreCompetency.PC, "History", LEVELS);
    assertThat(f.getSubcompetencies().stream().map(Subcompetency::getDisplayOrder).toList())
        .as("PC entries before ICS ones")
        .satisfies(
            orders -> assertThat(orders.get(2)).isLessThan(orders.get(1))); // PC1 (PC) < ICS1 (ICS)
  }
}
