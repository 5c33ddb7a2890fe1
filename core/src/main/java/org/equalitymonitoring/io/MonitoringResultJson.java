package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.monitoring.MonitoringResult;

/**
 * Writes a monitoring result's exact counts as JSON: {@code {"scheme", "records", "overall":
 * {"total", "statuses": {"CODED": n, ...}}, "units": [{"unit", "total", "statuses"}], "periods":
 * [{"period", "total", "statuses"}], "knownByGroup": {"A": n, ...}, "outcomes": [{"group",
 * "events", "denominator"}], "outcomesMissing"}}. The counts are not disclosure-controlled: this is
 * for passing a result between systems (such as the partitions of a distributed job), not for
 * publication; publish through {@link org.equalitymonitoring.monitoring.DisclosedMonitoring}.
 */
public final class MonitoringResultJson {
  private MonitoringResultJson() {}

  /**
   * Writes a result, pretty-printed, followed by a line break; the writer is not closed.
   *
   * @param result the result, not null
   * @param out where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(MonitoringResult result, Writer out) {
    requireNonNull(result, "result");
    requireNonNull(out, "out");
    PrettyJson.write(
        out,
        json -> {
          json.writeStartObject();
          json.writeStringField("scheme", result.scheme().id());
          json.writeNumberField("records", result.records());
          json.writeFieldName("overall");
          json.writeStartObject();
          counts(json, result.overall());
          json.writeEndObject();
          rows(json, "units", "unit", result.units());
          rows(json, "periods", "period", result.periods());
          json.writeObjectFieldStart("knownByGroup");
          for (Map.Entry<String, Long> group : result.knownByGroup().entrySet()) {
            json.writeNumberField(group.getKey(), group.getValue());
          }
          json.writeEndObject();
          json.writeArrayFieldStart("outcomes");
          for (GroupCount group : result.outcomes()) {
            json.writeStartObject();
            json.writeStringField("group", group.group());
            json.writeNumberField("events", group.events());
            json.writeNumberField("denominator", (long) group.denominator());
            json.writeEndObject();
          }
          json.writeEndArray();
          json.writeNumberField("outcomesMissing", result.outcomesMissing());
          json.writeEndObject();
        });
  }

  private static void rows(
      JsonGenerator json, String field, String name, Map<String, RecognitionCounts> rows)
      throws IOException {
    json.writeArrayFieldStart(field);
    for (Map.Entry<String, RecognitionCounts> row : rows.entrySet()) {
      json.writeStartObject();
      json.writeStringField(name, row.getKey());
      counts(json, row.getValue());
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void counts(JsonGenerator json, RecognitionCounts counts) throws IOException {
    json.writeNumberField("total", counts.total());
    json.writeObjectFieldStart("statuses");
    for (Map.Entry<RecognitionStatus, Long> status : counts.byStatus().entrySet()) {
      json.writeNumberField(status.getKey().name(), status.getValue());
    }
    json.writeEndObject();
  }
}
