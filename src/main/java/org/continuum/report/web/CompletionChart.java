package org.continuum.report.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.function.ToLongFunction;
import org.continuum.evaluation.domain.CompletionRow;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ChartConfig;

/**
 * Faculty completion as a Chart.js configuration for PrimeFaces' chart: one stacked bar per faculty
 * member (signed, open and in time, overdue), so who lags shows at a glance. The table under it
 * carries the same numbers for screen readers and print.
 */
final class CompletionChart {

  // the page's own state colours: done, waiting, needs attention
  private static final String SIGNED = "#166534";
  private static final String OPEN = "#90a4ae";
  private static final String OVERDUE = "#d97706";

  private CompletionChart() {}

  static String of(List<CompletionRow> rows) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    rows.forEach(r -> labels.add(r.evaluatorName()));
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset(Wording.of("completionChart.signed"), SIGNED, rows, CompletionRow::signed))
            .add(
                dataset(
                    Wording.of("completionChart.openTime"),
                    OPEN,
                    rows,
                    r -> r.open() - r.overdue()))
            .add(
                dataset(
                    Wording.of("completionChart.overdue"), OVERDUE, rows, CompletionRow::overdue));
    JsonObjectBuilder axis = Json.createObjectBuilder().add("stacked", true);
    JsonObject config =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("indexAxis", "y")
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add(
                                "x",
                                Json.createObjectBuilder(axis.build()).add("beginAtZero", true))
                            .add("y", Json.createObjectBuilder().add("stacked", true)))
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
            .build();
    return ChartConfig.forScript(config);
  }

  /** Tall enough for a readable bar per faculty member. */
  static int heightPx(int rows) {
    return 80 + 30 * rows;
  }

  private static JsonObjectBuilder dataset(
      String label, String colour, List<CompletionRow> rows, ToLongFunction<CompletionRow> value) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(Math.max(0, value.applyAsLong(r))));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("backgroundColor", colour)
        .add("data", data);
  }
}
