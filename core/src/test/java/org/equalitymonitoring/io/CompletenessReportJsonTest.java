package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.completeness.UnitCount;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class CompletenessReportJsonTest {
  /** z = qnorm(0.975). */
  private static final double Z95 = 1.959963984540054;

  private static final LocalDate AS_OF = LocalDate.of(2027, 4, 1);

  /** Wilson score interval (Wilson 1927; STATISTICAL-METHODS.md §1), written out here. */
  private static double wilson(double x, double n, int sign) {
    double p = x / n;
    double z2 = Z95 * Z95;
    return (p + z2 / (2 * n) + sign * Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)))
        / (1 + z2 / n);
  }

  private static JsonNode write(CompletenessReport report, StringWriter out) throws IOException {
    CompletenessReportJson.write(report, out);
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void writesARecordLevelReportWithoutATarget() throws IOException {
    Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());
    CompletenessTally tally =
        CompletenessTally.create()
            .add("W1", recogniser.recognise("A"), 3)
            .add("W1", recogniser.recognise("Z"), 1)
            .add("W2", recogniser.recognise(""), 1)
            .add("W2", recogniser.recognise("A"), 1);
    CompletenessReport report =
        CompletenessReport.of(
            tally,
            CompletenessDefinition.KNOWN,
            Optional.empty(),
            AS_OF,
            ConfidenceLevel.NINETY_FIVE);

    StringWriter out = new StringWriter();
    JsonNode json = write(report, out);

    assertThat(out.toString()).endsWith("}\n");
    assertThat(json.get("definition").asText()).isEqualTo("known");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(json.get("target").isNull()).isTrue();
    assertThat(json.get("asOf").asText()).isEqualTo("2027-04-01");
    // Known: only the 4 coded records of 6 are complete; Z (not stated) and a blank are not.
    JsonNode overall = json.get("overall");
    assertThat(overall.get("unit").asText()).isEmpty();
    assertThat(overall.get("total").asLong()).isEqualTo(6);
    assertThat(overall.get("complete").asLong()).isEqualTo(4);
    assertThat(overall.get("proportion").asDouble()).isCloseTo(4.0 / 6, within(1e-12));
    assertThat(overall.get("lower").asDouble()).isCloseTo(wilson(4, 6, -1), within(1e-12));
    assertThat(overall.get("upper").asDouble()).isCloseTo(wilson(4, 6, +1), within(1e-12));
    assertThat(overall.get("meetsTarget").isNull()).isTrue();
    assertThat(overall.get("significantlyBelowTarget").asBoolean()).isFalse();
    assertThat(overall.get("trajectory").asText()).isEqualTo("NO_TARGET");
    assertThat(overall.get("funnel").isNull()).isTrue();
    assertThat(overall.get("statuses").get("CODED").asLong()).isEqualTo(4);
    assertThat(overall.get("statuses").get("NOT_STATED").asLong()).isEqualTo(1);
    assertThat(overall.get("statuses").get("MISSING").asLong()).isEqualTo(1);

    JsonNode units = json.get("units");
    assertThat(units).hasSize(2);
    assertThat(units.get(0).get("unit").asText()).isEqualTo("W1");
    assertThat(units.get(0).get("complete").asLong()).isEqualTo(3);
    assertThat(units.get(0).get("total").asLong()).isEqualTo(4);
    assertThat(units.get(0).get("statuses").get("NOT_STATED").asLong()).isEqualTo(1);
    assertThat(units.get(1).get("unit").asText()).isEqualTo("W2");
    assertThat(units.get(1).get("proportion").asDouble()).isEqualTo(0.5);
    assertThat(units.get(1).get("funnel").isTextual()).isTrue();
  }

  @Test
  void writesPreAggregatedCountsAgainstATargetWithoutStatuses() throws IOException {
    CompletenessReport report =
        CompletenessReport.ofCounts(
            List.of(UnitCount.of("Ward 1", 95, 100), UnitCount.of("Ward 2", 50, 100)),
            CompletenessDefinition.VALID,
            Optional.of(Target.of(0.9)),
            AS_OF,
            ConfidenceLevel.NINETY_FIVE);

    boolean[] closed = {false};
    StringWriter out =
        new StringWriter() {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    JsonNode json = write(report, out);

    assertThat(closed[0]).as("the writer is left open for the caller").isFalse();
    assertThat(json.get("definition").asText()).isEqualTo("valid");
    assertThat(json.get("target").asDouble()).isEqualTo(0.9);
    JsonNode ward1 = json.get("units").get(0);
    JsonNode ward2 = json.get("units").get(1);
    assertThat(ward1.get("meetsTarget").asBoolean()).isTrue();
    assertThat(ward1.get("significantlyBelowTarget").asBoolean()).isFalse();
    assertThat(ward1.has("statuses")).isFalse();
    // 50/100: the upper Wilson limit, about 0.60, is below the 0.9 target.
    assertThat(wilson(50, 100, +1)).isLessThan(0.9);
    assertThat(ward2.get("meetsTarget").asBoolean()).isFalse();
    assertThat(ward2.get("significantlyBelowTarget").asBoolean()).isTrue();
    assertThat(ward2.get("upper").asDouble()).isCloseTo(wilson(50, 100, +1), within(1e-12));
    assertThat(json.get("overall").get("complete").asLong()).isEqualTo(145);
  }

  @Test
  void writesHowValuesWereRecognisedFirstWhenGiven() throws IOException {
    CompletenessReport report =
        CompletenessReport.ofCounts(
            List.of(UnitCount.of("Ward 1", 95, 100)),
            CompletenessDefinition.VALID,
            Optional.empty(),
            AS_OF,
            ConfidenceLevel.NINETY_FIVE);
    StringWriter plain = new StringWriter();
    CompletenessReportJson.write(report, plain);
    StringWriter described = new StringWriter();
    CompletenessReportJson.write(report, "codes and labels", described);

    JsonNode json = new ObjectMapper().readTree(described.toString());
    assertThat(json.fieldNames().next()).isEqualTo("recognition");
    assertThat(json.get("recognition").asText()).isEqualTo("codes and labels");
    ((ObjectNode) json).remove("recognition");
    assertThat(json).isEqualTo(new ObjectMapper().readTree(plain.toString()));
    assertThatThrownBy(() -> CompletenessReportJson.write(report, null, new StringWriter()))
        .isInstanceOf(NullPointerException.class);
  }
}
