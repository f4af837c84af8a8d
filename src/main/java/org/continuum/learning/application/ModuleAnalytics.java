package org.continuum.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.domain.Role;
import org.continuum.learning.domain.CaseModule;
import org.continuum.learning.domain.ItemStatistics;
import org.continuum.learning.domain.ItemTally;
import org.continuum.learning.domain.ModuleDocument;
import org.continuum.learning.domain.ModuleRepository;
import org.continuum.learning.domain.TraineeTry;

/**
 * Module analytics for the program director: completion, score distribution, and item difficulty
 * and discrimination, from grouped queries over the program's finished attempts at one version
 * (question keys are stable within a version only).
 */
@ApplicationScoped
@Transactional
public class ModuleAnalytics {

  private static final int[] BANDS = {0, 50, 60, 70, 80, 90};

  @Inject AccessPolicy access;
  @Inject ModuleRepository modules;
  @Inject ModuleLibrary library;

  public ModuleReport of(long programId, long moduleId) {
    access.requireInProgram(programId, Role.PROGRAM_DIRECTOR, Role.COORDINATOR, Role.CCC_MEMBER);
    CaseModule module = library.available(programId, moduleId);
    ModuleDocument document = library.document(module);
    List<Integer> scores = modules.finishedScores(programId, moduleId);
    long started = 0;
    long finished = 0;
    long passed = 0;
    for (TraineeTry t : modules.traineeProgress(programId, moduleId)) {
      started++;
      finished += t.finished() ? 1 : 0;
      passed += t.passed() ? 1 : 0;
    }
    double spread = ItemStatistics.spread(scores);
    Map<String, ItemTally> tallies = new HashMap<>();
    modules.itemTallies(programId, moduleId).forEach(t -> tallies.put(t.questionKey(), t));
    List<ModuleReport.Item> items = new ArrayList<>();
    for (int s = 0; s < document.stages().size(); s++) {
      for (ModuleDocument.Question q : document.stages().get(s).questions()) {
        ItemTally t = tallies.getOrDefault(q.key(), new ItemTally(q.key(), 0, 0, 0, 0));
        items.add(
            new ModuleReport.Item(
                q.key(),
                s + 1,
                plain(q.prompt()),
                t.answered(),
                ItemStatistics.difficulty(t.answered(), t.right()),
                ItemStatistics.discrimination(
                    t.answered(), t.right(), t.sumScores(), t.sumScoresRight(), spread)));
      }
    }
    return new ModuleReport(
        ModuleSummary.of(module),
        started,
        finished,
        passed,
        scores.size(),
        median(scores),
        distribution(scores),
        items);
  }

  private static List<ModuleReport.Bin> distribution(List<Integer> scores) {
    List<ModuleReport.Bin> bins = new ArrayList<>();
    for (int i = 0; i < BANDS.length; i++) {
      int low = BANDS[i];
      int high = i + 1 < BANDS.length ? BANDS[i + 1] - 1 : 100;
      long n = scores.stream().filter(s -> s >= low && s <= high).count();
      bins.add(new ModuleReport.Bin(low + "-" + high, n));
    }
    return bins;
  }

  private static Integer median(List<Integer> scores) {
    if (scores.isEmpty()) {
      return null;
    }
    List<Integer> sorted = scores.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** The prompt without Markdown marks, shortened for a table. */
  private static String plain(String markdown) {
    String text = markdown.replaceAll("[*_`#>\\[\\]]", "").replaceAll("\\s+", " ").strip();
    return text.length() > 120 ? text.substring(0, 117) + "..." : text;
  }
}
