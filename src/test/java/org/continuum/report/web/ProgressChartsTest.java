package org.continuum.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.continuum.procedure.application.ProcedureHistory;
import org.junit.jupiter.api.Test;

class ProgressChartsTest {

  private final ProgressCharts charts = new ProgressCharts();

  @Test
  void aMinimumIsDrawnAsVerifiedAgainstThePacesPathAndTheMinimum() {
    ProcedureHistory.Series epidurals =
        new ProcedureHistory.Series("Epidurals <b>", 20, List.of(1, 3, 7), List.of(0, 1, 2));
    ProcedureHistory history =
        new ProcedureHistory(1, List.of("2026-07", "2026-08", "2026-09"), List.of(epidurals));
    String json = charts.json(history, epidurals);
    JsonObject chart = Json.createReader(new StringReader(json)).readObject();
    var sets = chart.getJsonObject("data").getJsonArray("datasets");
    assertThat(chart.getJsonObject("data").getJsonArray("labels")).hasSize(3);
    assertThat(sets.getJsonObject(0).getJsonArray("data").getInt(2)).isEqualTo(7);
    assertThat(sets.getJsonObject(1).getJsonArray("borderDash")).isNotNull();
    assertThat(sets.getJsonObject(2).getJsonArray("data").getInt(0)).isEqualTo(20);
    assertThat(charts.latest(epidurals)).isEqualTo(7);
    assertThat(charts.latest(new ProcedureHistory.Series("None yet", 5, List.of(), List.of())))
        .isZero();
  }
}
