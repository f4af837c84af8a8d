package org.continuum.procedure.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/procedure-logs.md lists every rule as the bundled file has it, so the guide never lies. */
class CodingRulesDocumentedTest {

  @Test
  void everyRuleOfTheBundledFileIsInTheGuideAsItIs() throws IOException {
    String guide = Files.readString(Path.of("docs", "procedure-logs.md"));
    List<String> rows =
        SeedCatalog.text("coding/core-rules.md")
            .lines()
            .map(String::strip)
            .filter(l -> l.startsWith("| ") && !l.startsWith("| Procedure"))
            .toList();
    assertThat(rows).hasSizeGreaterThan(60);
    for (String row : rows) {
      String[] cells = row.substring(1, row.length() - 1).split("\\|");
      String documented =
          "| `"
              + cells[0].strip()
              + "` | "
              + cells[1].strip()
              + " | "
              + cells[2].strip()
              + " | "
              + cells[3].strip()
              + " | "
              + cells[4].strip()
              + " |";
      assertThat(guide).as("the guide documents " + row).contains(documented);
    }
  }
}
