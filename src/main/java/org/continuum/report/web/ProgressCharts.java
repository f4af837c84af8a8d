package org.continuum.report.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.continuum.procedure.application.ProcedureHistory;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.web.ChartConfig;

/**
 * A minimum's history as a line chart for PrimeFaces' chart: verified entries by the end of each
 * month, the pace's path to the minimum (dashed) and the minimum itself. The page shows the same
 * numbers as a table for screen readers and print.
 */
@Named("progressCharts")
@ApplicationScoped
public class ProgressCharts {

  // the page's accent blue, the attention brown for the path, muted grey for the line to reach
  private static final String VERIFIED = "#1565c0";
  private static final String PACE = "#92400e";
  private static final String MINIMUM = "#4b5563";

  public String json(ProcedureHistory history, ProcedureHistory.Series series) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    history.months().forEach(labels::add);
    List<Integer> minimum = history.months().stream().map(m -> series.required()).toList();
    return ChartConfig.forScript(
        Json.createObjectBuilder()
            .add("type", "line")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labels)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                line(
                                    Wording.of("progressCharts.verified"),
                                    VERIFIED,
                                    series.verified(),
                                    false,
                                    2))
                            .add(
                                line(
                                    Wording.of("progressCharts.pacesPath"),
                                    PACE,
                                    series.expected(),
                                    true,
                                    0))
                            .add(
                                line(
                                    Wording.of("progressCharts.minimum"),
                                    MINIMUM,
                                    minimum,
                                    true,
                                    0))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("responsive", true)
                    .add("maintainAspectRatio", false)
                    .add("animation", false)
                    .add(
                        "scales",
                        Json.createObjectBuilder()
                            .add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
            .build());
  }

  /** The count verified by the last month shown. */
  public int latest(ProcedureHistory.Series series) {
    List<Integer> verified = series.verified();
    return verified.isEmpty() ? 0 : verified.get(verified.size() - 1);
  }

  private static JsonObjectBuilder line(
      String label, String colour, List<Integer> values, boolean dashed, int pointRadius) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(data::add);
    JsonObjectBuilder line =
        Json.createObjectBuilder()
            .add("label", label)
            .add("data", data)
            .add("borderColor", colour)
            .add("backgroundColor", colour)
            .add("fill", false)
            .add("pointRadius", pointRadius)
            .add("borderWidth", 2);
    if (dashed) {
      line.add("borderDash", Json.createArrayBuilder().add(6).add(4));
    }
    return line;
  }
}
