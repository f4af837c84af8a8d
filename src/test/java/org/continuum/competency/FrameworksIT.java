package org.continuum.competency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.continuum.competency.application.FrameworkSummary;
import org.continuum.competency.application.FrameworkView;
import org.continuum.competency.application.Frameworks;
import org.continuum.competency.application.SubcompetencyForm;
import org.continuum.competency.application.SubcompetencyView;
import org.continuum.competency.domain.CoreCompetency;
import org.continuum.seed.application.SeedLoader;
import org.continuum.shared.application.SystemContext;
import org.continuum.shared.domain.ConcurrentEditException;
import org.continuum.shared.domain.RuleViolationException;
import org.continuum.testclient.Deployments;
import org.continuum.testsupport.Fixtures;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Framework versions through the service and the database: a new version never rewrites the old.
 */
@ExtendWith(ArquillianExtension.class)
class FrameworksIT {

  @Deployment
  static WebArchive deployment() {
    return Deployments.application().addClass(FrameworksIT.class);
  }

  @Inject Frameworks frameworks;
  @Inject SeedLoader seeds;
  @Inject Fixtures fixtures;

  private static final List<String> LEVELS =
      List.of("Level one", "Level two", "Level three", "Level four", "Level five");

  @Test
  void theBundledFrameworksIncludeTheHarmonizedSubcompetencies() {
    FrameworkView pmr = get(latest("PMR").id());
    assertThat(pmr.subcompetencies())
        .extracting(SubcompetencyView::code)
        .contains("PC1", "PC5", "MK1", "SBP1", "PBLI2", "PROF3", "ICS4");
    FrameworkView pain = get(latest("PAIN").id());
    assertThat(pain.subcompetencies())
        .extracting(SubcompetencyView::code)
        .contains("PC1", "PC5", "MK2", "ICS1")
        .doesNotContain("PC6");
    assertThat(pmr.subcompetencies()).allSatisfy(s -> assertThat(s.levels()).hasSize(5));
  }

  @Test
  void editingTheNextVersionLeavesThePublishedOneAsItWas() {
    String code = loadFramework();
    long program = fixtures.residency();
    FrameworkSummary v1 = latest(code);
    SystemContext.run(() -> frameworks.adopt(program, v1.id()));
    SubcompetencyView pc1v1 = get(v1.id()).subcompetencies().get(0);

    FrameworkView v2 = SystemContext.call(() -> frameworks.startNextVersion(program, v1.id()));
    assertThat(v2.frameworkVersion()).isEqualTo(2);
    assertThat(v2.ownerProgramId()).isEqualTo(program);
    SubcompetencyView pc1v2 = v2.subcompetencies().get(0);
    assertThat(pc1v2.id()).isNotEqualTo(pc1v1.id());

    FrameworkView edited =
        SystemContext.call(
            () ->
                frameworks.saveSubcompetency(
                    v2.id(),
                    v2.version(),
                    new SubcompetencyForm(
                        pc1v2.id(), "PC1", CoreCompetency.PC, "History, renamed", LEVELS)));
    assertThat(edited.subcompetencies().get(0).title()).isEqualTo("History, renamed");
    assertThat(frameworks.subcompetency(pc1v1.id()).orElseThrow().title())
        .as("the published version and what was evaluated under it are untouched")
        .isEqualTo(pc1v1.title());

    assertThatThrownBy(() -> SystemContext.run(() -> frameworks.adopt(program, v2.id())))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageContaining("is a draft");
    assertThatThrownBy(() -> SystemContext.run(() -> frameworks.startNextVersion(program, v1.id())))
        .hasMessageContaining("already exists as a draft");

    FrameworkView published =
        SystemContext.call(() -> frameworks.publish(edited.id(), edited.version()));
    SystemContext.run(() -> frameworks.adopt(program, published.id()));
    assertThat(SystemContext.call(() -> frameworks.ofProgram(program)).orElseThrow().label())
        .isEqualTo(code + " version 2");
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        frameworks.saveSubcompetency(
                            published.id(),
                            published.version(),
                            new SubcompetencyForm(null, "PC9", CoreCompetency.PC, "New", LEVELS))))
        .hasMessageContaining("is published and cannot change");
  }

  @Test
  void twoDirectorsEditingTheSameDraftGetAConflictNotAnOverwrite() {
    String code = loadFramework();
    long program = fixtures.residency();
    FrameworkView draft =
        SystemContext.call(() -> frameworks.startNextVersion(program, latest(code).id()));
    SystemContext.run(
        () -> frameworks.describe(draft.id(), draft.version(), "First edit", "Testing", null));
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        frameworks.describe(
                            draft.id(), draft.version(), "Second edit", "Testing", null)))
        .isInstanceOf(ConcurrentEditException.class)
        .hasMessageContaining("Reload");
    assertThat(get(draft.id()).name()).isEqualTo("First edit");
  }

  @Test
  void anEditOfOneSubcompetencyMovesTheDraftsVersionOn() {
    String code = loadFramework();
    long program = fixtures.residency();
    FrameworkView draft =
        SystemContext.call(() -> frameworks.startNextVersion(program, latest(code).id()));
    SubcompetencyView first = draft.subcompetencies().get(0);
    FrameworkView edited =
        SystemContext.call(
            () ->
                frameworks.saveSubcompetency(
                    draft.id(),
                    draft.version(),
                    new SubcompetencyForm(
                        first.id(), first.code(), CoreCompetency.PC, "Renamed once", LEVELS)));
    assertThat(edited.version()).isGreaterThan(draft.version());
    assertThatThrownBy(
            () ->
                SystemContext.run(
                    () ->
                        frameworks.saveSubcompetency(
                            draft.id(),
                            draft.version(),
                            new SubcompetencyForm(
                                first.id(), first.code(), CoreCompetency.PC, "Stale", LEVELS))))
        .isInstanceOf(ConcurrentEditException.class);
    assertThat(get(draft.id()).subcompetencies().get(0).title()).isEqualTo("Renamed once");
  }

  /** Loads a framework of its own (two subcompetencies) and returns its code. */
  private String loadFramework() {
    String code = ("T" + Fixtures.unique()).toUpperCase();
    String json =
        """
        {"kind": "competency-framework", "id": "%s", "version": 1, "code": "%s",
         "name": "Test framework", "specialty": "Testing",
         "subcompetencies": [
           {"code": "PC1", "competency": "PC", "title": "History",
            "levels": ["a one", "a two", "a three", "a four", "a five"]},
           {"code": "ICS1", "competency": "ICS", "title": "Talking",
            "levels": ["b one", "b two", "b three", "b four", "b five"]}]}
        """
            .formatted(code.toLowerCase(), code);
    SystemContext.run(() -> seeds.load("test.json", json.getBytes(StandardCharsets.UTF_8)));
    return code;
  }

  private FrameworkView get(long id) {
    return SystemContext.call(() -> frameworks.get(id));
  }

  private FrameworkSummary latest(String code) {
    return SystemContext.call(() -> frameworks.list()).stream()
        .filter(f -> f.code().equals(code))
        .reduce((a, b) -> b)
        .orElseThrow();
  }
}
