package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.stats.ChiSquareGoodnessOfFit;

/**
 * Writes an impact assessment as JSON, the one JSON form of an assessment (the library, the report
 * and the command line's {@code impact --format json} all write it):
 *
 * <pre>{@code
 * {"measure", "confidence", "reference", ["convention",]
 *  ["goodnessOfFit": {"statistic", "df", "pValue"},]
 *  "groups": [{"group", "label", "events", "denominator", "value", "lower", "upper", "method",
 *              "ratio", "ratioLower", "ratioUpper", "populationShare", "significance",
 *              "adverseImpact", "suppressed"}]}
 * }</pre>
 *
 * <ul>
 *   <li>{@code measure} is the measure's name in lower case with hyphens ({@code proportion},
 *       {@code rate}, {@code relative-likelihood}, {@code representation}, {@code dsr}); {@code
 *       confidence} the level, such as 0.95; {@code reference} the reference's label.
 *   <li>{@code convention}, the population convention the caller re-expressed the denominators
 *       under, is written only when given; {@code goodnessOfFit}, the chi-square test of a
 *       representation assessment ({@link ImpactAssessment#goodnessOfFit()}), only when the
 *       assessment has one.
 *   <li>Every group object has every field, in this order; a figure the assessment lacks (a
 *       withheld group's, a ratio without a reference, a population share outside representation)
 *       is null.
 *   <li>{@code events} is a JSON integer; {@code denominator} is an integer when it is a whole
 *       number (people, records) and a decimal otherwise (person-years).
 *   <li>{@code significance} is its label ({@code "higher"}, {@code "lower"}, {@code "not
 *       significant"}); {@code adverseImpact} is the finding's enum name ({@code ADVERSE}, {@code
 *       NO_EVIDENCE}, {@code TOO_SMALL_TO_SAY}, {@code REFERENCE_GROUP}, {@code WITHHELD}), a
 *       stable token for programs where the label is worded for people. It is null for every group
 *       when the caller says the findings are not to be given: an assessment always has an outcome
 *       kind, but a caller that chose one for the user (as the command line does without {@code
 *       --outcome}) must not publish findings that rest on it.
 * </ul>
 */
public final class ImpactAssessmentJson {
  /** Whole numbers below this magnitude are written as integers, larger ones as decimals. */
  private static final double LARGEST_INTEGER = 1e15;

  private ImpactAssessmentJson() {}

  /**
   * Writes an assessment with its findings and no convention, pretty-printed, followed by a line
   * break; the writer is not closed.
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
   * Writes an assessment with its findings and no convention as one JSON object, as {@link
   * #write(ImpactAssessment, Function, Writer)} does; lets a larger document (such as a report)
   * embed it.
   *
   * @param assessment the assessment, not null
   * @param labels each group's label, not null
   * @param json a generator where a value may be written, not null
   * @throws IOException if writing fails
   */
  public static void write(
      ImpactAssessment assessment, Function<String, String> labels, JsonGenerator json)
      throws IOException {
    write(assessment, labels, Optional.empty(), true, json);
  }

  /**
   * Writes an assessment as one JSON object, with the population convention its denominators were
   * re-expressed under and with or without its adverse-impact findings.
   *
   * @param assessment the assessment, not null
   * @param labels each group's label, not null
   * @param convention the population convention the denominators were re-expressed under, in the
   *     caller's words, written as {@code convention}; empty to leave the field out
   * @param findings false to write {@code adverseImpact} null for every group, when the
   *     assessment's outcome kind was not chosen by the user
   * @param json a generator where a value may be written, not null
   * @throws IOException if writing fails
   */
  public static void write(
      ImpactAssessment assessment,
      Function<String, String> labels,
      Optional<String> convention,
      boolean findings,
      JsonGenerator json)
      throws IOException {
    requireNonNull(assessment, "assessment");
    requireNonNull(labels, "labels");
    requireNonNull(convention, "convention");
    requireNonNull(json, "json");
    json.writeStartObject();
    json.writeStringField(
        "measure", assessment.measure().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    json.writeNumberField("confidence", assessment.confidence().level());
    json.writeStringField("reference", assessment.reference());
    if (convention.isPresent()) {
      json.writeStringField("convention", convention.get());
    }
    if (assessment.goodnessOfFit().isPresent()) {
      ChiSquareGoodnessOfFit fit = assessment.goodnessOfFit().get();
      json.writeObjectFieldStart("goodnessOfFit");
      json.writeNumberField("statistic", fit.statistic());
      json.writeNumberField("df", fit.degreesOfFreedom());
      json.writeNumberField("pValue", fit.pValue());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("groups");
    for (GroupResult group : assessment.groups()) {
      json.writeStartObject();
      json.writeStringField("group", group.group());
      json.writeStringField("label", labels.apply(group.group()));
      count(json, "events", group.events());
      count(json, "denominator", group.denominator());
      number(json, "value", group.value());
      number(json, "lower", group.lower());
      number(json, "upper", group.upper());
      json.writeStringField("method", group.method().orElse(null));
      number(json, "ratio", group.ratio());
      number(json, "ratioLower", group.ratioLower());
      number(json, "ratioUpper", group.ratioUpper());
      number(json, "populationShare", group.populationShare());
      json.writeStringField("significance", group.significance().map(s -> s.label()).orElse(null));
      json.writeStringField("adverseImpact", findings ? group.adverseImpact().name() : null);
      json.writeBooleanField("suppressed", group.suppressed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void count(JsonGenerator json, String field, OptionalLong value)
      throws IOException {
    if (value.isPresent()) {
      json.writeNumberField(field, value.getAsLong());
    } else {
      json.writeNullField(field);
    }
  }

  /** Writes a denominator: a whole number as an integer, a fraction (person-years) as a decimal. */
  private static void count(JsonGenerator json, String field, OptionalDouble value)
      throws IOException {
    if (value.isPresent() && isWhole(value.getAsDouble())) {
      json.writeNumberField(field, (long) value.getAsDouble());
    } else {
      number(json, field, value);
    }
  }

  private static boolean isWhole(double x) {
    return x == Math.rint(x) && Math.abs(x) < LARGEST_INTEGER;
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
