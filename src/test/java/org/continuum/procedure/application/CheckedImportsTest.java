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
    assertThat(kept.find(id, 7, NOW.plus(CheckedImports.KEPT_FOR).plusSeconds(1))).isEmpty();
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
}
