package org.continuum.procedure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedImportsTest {

  private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

  private static CaseLogImport.CheckedFile file(String name) {
    return new CaseLogImport.CheckedFile(name, "sha", 1, 0, List.of(), List.of());
  }

  @Test
  void aCheckedFileIsFoundOnlyByWhoeverCheckedItAndOnlyForHalfAnHour() {
    CheckedImports kept = new CheckedImports();
    String id = kept.keep(7, file("a.csv"), NOW);
    assertThat(kept.find(id, 7, NOW.plusSeconds(60))).isPresent();
    assertThat(kept.find(id, 8, NOW)).as("another person").isEmpty();
    assertThat(kept.find(id, 7, NOW.plus(CheckedImports.KEPT_FOR)))
        .as("kept for another while after each use")
        .isPresent();
    Instant later = NOW.plus(CheckedImports.KEPT_FOR).plus(CheckedImports.KEPT_FOR).plusSeconds(1);
    assertThat(kept.find(id, 7, later)).isEmpty();
    assertThat(kept.find(null, 7, NOW)).isEmpty();
  }

  @Test
  void onePerPersonAndTheOldestMakesRoom() {
    CheckedImports kept = new CheckedImports();
    String first = kept.keep(1, file("1.csv"), NOW);
    String again = kept.keep(1, file("1b.csv"), NOW);
    assertThat(kept.find(first, 1, NOW)).as("replaced by the same person's next").isEmpty();
    assertThat(kept.find(again, 1, NOW)).isPresent();
    List<String> others = new ArrayList<>();
    for (long owner = 2; owner < 2 + CheckedImports.CAPACITY; owner++) {
      others.add(kept.keep(owner, file(owner + ".csv"), NOW));
    }
    assertThat(kept.find(again, 1, NOW)).as("the oldest made room").isEmpty();
    assertThat(kept.find(others.get(others.size() - 1), 1 + CheckedImports.CAPACITY, NOW))
        .isPresent();
  }

  @Test
  void twoLargeFilesDoNotFitTogether() {
    CheckedImports kept = new CheckedImports();
    var problems =
        java.util.Collections.nCopies(
            CheckedImports.ROW_BUDGET / 2 + 1, new ImportProblem(2, "date", "bad"));
    String first =
        kept.keep(1, new CaseLogImport.CheckedFile("a.csv", "sha", 1, 0, List.of(), problems), NOW);
    String second =
        kept.keep(2, new CaseLogImport.CheckedFile("b.csv", "sha", 1, 0, List.of(), problems), NOW);
    assertThat(kept.find(first, 1, NOW)).as("made room for the second").isEmpty();
    assertThat(kept.find(second, 2, NOW)).isPresent();
  }
}
