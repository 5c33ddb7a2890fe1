package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;

/**
 * Writes an impact assessment as JSON: {@code {"measure", "confidence", "reference", "groups":
 * [{"group", "label", "events", "denominator", "value", "lower", "upper", "method", "ratio",
 * "ratioLower", "ratioUpper", "populationShare", "significance", "adverseImpact", "suppressed"}]}}.
 * Figures the assessment lacks (a withheld group's, a ratio without reference) are null; {@code
 * measure} is the measure's name in lower case, {@code adverseImpact} its enum name, {@code
 * significance} its label.
 */
public final class ImpactAssessmentJson {
  private ImpactAssessmentJson() {}

  /**
   * Writes an assessment, pretty-printed, followed by a line break; the writer is not closed.
   *
   * @param assessment the assessment, not null
   * @param labels each group's label (such as a category's label for its code), not null
   * @param out where to write, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(
      ImpactAssessment assessment, Function<String, String> labels, Writer out) {
    requireNonNull(out, "out");
    PrettyJson.write(out, json -> write(assessment, labels, json));
  }

  /**
   * Writes an assessment as one JSON object, as {@link #write(ImpactAssessment, Function, Writer)}
   * does; lets a larger document (such as a report) embed it.
   *
   * @param assessment the assessment, not null
   * @param labels each group's label, not null
   * @param json a generator where a value may be written, not null
   * @throws IOException if writing fails
   */
  public static void write(
      ImpactAssessment assessment, Function<String, String> labels, JsonGenerator json)
      throws IOException {
    requireNonNull(assessment, "assessment");
    requireNonNull(labels, "labels");
    requireNonNull(json, "json");
    json.writeStartObject();
    json.writeStringField("measure", assessment.measure().name().toLowerCase(Locale.ROOT));
    json.writeNumberField("confidence", assessment.confidence().level());
    json.writeStringField("reference", assessment.reference());
    json.writeArrayFieldStart("groups");
    for (GroupResult group : assessment.groups()) {
      json.writeStartObject();
      json.writeStringField("group", group.group());
      json.writeStringField("label", labels.apply(group.group()));
      number(
          json,
          "events",
          group.events().isPresent()
              ? OptionalDouble.of(group.events().getAsLong())
              : OptionalDouble.empty());
      number(json, "denominator", group.denominator());
      number(json, "value", group.value());
      number(json, "lower", group.lower());
      number(json, "upper", group.upper());
      json.writeStringField("method", group.method().orElse(null));
      number(json, "ratio", group.ratio());
      number(json, "ratioLower", group.ratioLower());
      number(json, "ratioUpper", group.ratioUpper());
      number(json, "populationShare", group.populationShare());
      json.writeStringField("significance", group.significance().map(s -> s.label()).orElse(null));
      json.writeStringField("adverseImpact", group.adverseImpact().name());
      json.writeBooleanField("suppressed", group.suppressed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void number(JsonGenerator json, String field, OptionalDouble value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(field, value.getAsDouble());
    } else {
      json.writeNullField(field);
    }
  }
}
