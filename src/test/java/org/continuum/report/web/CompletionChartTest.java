package org.continuum.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.continuum.evaluation.domain.CompletionRow;
import org.junit.jupiter.api.Test;

class CompletionChartTest {

  @Test
  void eachFacultyMemberIsABarOfSignedOpenInTimeAndOverdue() {
    List<CompletionRow> rows =
        List.of(
            new CompletionRow(1, "Dr. Chidi Okafor", 10, 6, 4, 3),
            new CompletionRow(2, "Dr. </script> Ramos", 2, 2, 0, 0));
    String json = CompletionChart.of(rows);
    assertThat(json).as("written into a script element").doesNotContain("</script>");
    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    assertThat(chart.getJsonObject("data").getJsonArray("labels").getString(1))
        .as("names are data, never code")
        .isEqualTo("Dr. </script> Ramos");
    var sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(sets.getJsonObject(0).getString("label")).isEqualTo("Signed");
    assertThat(sets.getJsonObject(0).getJsonArray("data").getInt(0)).isEqualTo(6);
    assertThat(sets.getJsonObject(1).getJsonArray("data").getInt(0))
        .as("open and still in time")
        .isEqualTo(1);
    assertThat(sets.getJsonObject(2).getJsonArray("data").getInt(0)).isEqualTo(3);
    assertThat(CompletionChart.heightPx(2)).isEqualTo(140);
  }
}
