package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.TargetStatus;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * Writes a completeness report as JSON: {@code {"definition", "confidence", "target", "asOf",
 * "overall": {...}, "units": [{"unit", "total", "complete", "proportion", "lower", "upper",
 * "meetsTarget", "significantlyBelowTarget", "trajectory", "funnel", "statuses": {"CODED": n,
 * ...}}]}}. Proportions are fractions (0.953); {@code target} is a fraction or null; {@code
 * statuses} is absent for pre-aggregated counts.
 */
public final class CompletenessReportJson {
  private CompletenessReportJson() {}

  /**
   * Writes a report, pretty-printed, followed by a line break; the writer is not closed.
   *
   * @param report the report
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CompletenessReport report, Writer out) {
    writeWith(report, null, out);
  }

  /**
   * Writes a report as {@link #write(CompletenessReport, Writer)} does, with a first field {@code
   * "recognition"} that says how the raw values were recognised.
   *
   * @param report the report
   * @param recognition how the raw values were recognised, such as a recognition setup's
   *     description
   * @param out where to write
   * @throws UncheckedIOException if writing fails
   */
  public static void write(CompletenessReport report, String recognition, Writer out) {
    writeWith(report, requireNonNull(recognition, "recognition"), out);
  }

  /** Writes a report with a "recognition" field first, unless {@code recognition} is null. */
  private static void writeWith(CompletenessReport report, String recognition, Writer out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    PrettyJson.write(
        out,
        json -> {
          json.writeStartObject();
          if (recognition != null) {
            json.writeStringField("recognition", recognition);
          }
          json.writeStringField("definition", report.definition().id());
          json.writeNumberField("confidence", report.confidence().level());
          if (report.target().isPresent()) {
            json.writeNumberField("target", report.target().get().threshold());
          } else {
            json.writeNullField("target");
          }
          json.writeStringField("asOf", report.asOf().toString());
          json.writeFieldName("overall");
          unit(json, report.overall());
          json.writeArrayFieldStart("units");
          for (UnitCompleteness unit : report.units()) {
            unit(json, unit);
          }
          json.writeEndArray();
          json.writeEndObject();
        });
  }

  private static void unit(JsonGenerator json, UnitCompleteness unit) throws IOException {
    json.writeStartObject();
    writeUnitFields(json, unit);
    json.writeEndObject();
  }

  /**
   * Writes the fields of one unit's result into the current JSON object, as {@link #write} does:
   * {@code unit, total, complete, proportion, lower, upper, meetsTarget, significantlyBelowTarget,
   * trajectory, funnel} and, where the unit has recognition counts, {@code statuses}. Lets a larger
   * document (such as a report) embed the same fields.
   *
   * @param json a generator positioned inside an object
   * @param unit the unit's result
   * @throws IOException if writing fails
   */
  public static void writeUnitFields(JsonGenerator json, UnitCompleteness unit) throws IOException {
    requireNonNull(json, "json");
    requireNonNull(unit, "unit");
    json.writeStringField("unit", unit.unit());
    json.writeNumberField("total", unit.total());
    json.writeNumberField("complete", unit.complete());
    json.writeNumberField("proportion", unit.proportion().value());
    json.writeNumberField("lower", unit.proportion().lower());
    json.writeNumberField("upper", unit.proportion().upper());
    if (unit.meetsTarget() == TargetStatus.NO_TARGET) {
      json.writeNullField("meetsTarget");
    } else {
      json.writeBooleanField("meetsTarget", unit.meetsTarget() == TargetStatus.MET);
    }
    json.writeBooleanField("significantlyBelowTarget", unit.significantlyBelowTarget());
    json.writeStringField("trajectory", unit.trajectory().name());
    json.writeStringField("funnel", unit.funnel().map(f -> f.label()).orElse(null));
    if (unit.counts().isPresent()) {
      json.writeObjectFieldStart("statuses");
      for (Map.Entry<RecognitionStatus, Long> status : unit.counts().get().byStatus().entrySet()) {
        json.writeNumberField(status.getKey().name(), status.getValue());
      }
      json.writeEndObject();
    }
  }
}
