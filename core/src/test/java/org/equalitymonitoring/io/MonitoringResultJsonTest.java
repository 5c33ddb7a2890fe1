package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.monitoring.Outcome;
import org.junit.jupiter.api.Test;

class MonitoringResultJsonTest {
  @Test
  void writesTheExactCountsOfEveryUnitPeriodAndGroup() throws IOException {
    // W1: A (event), A (no event), Z; W2: H (outcome missing), blank. Known: A 2, H 1.
    // Outcomes of known records: A 1 event of 2; H's outcome is missing.
    Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());
    MonitoringTally tally = MonitoringTally.create(TestSchemes.nhs2001());
    tally.add("W1", Optional.of("2026-01"), recogniser.recognise("A"), Outcome.EVENT);
    tally.add("W1", Optional.of("2026-01"), recogniser.recognise("A"), Outcome.NO_EVENT);
    tally.add("W1", Optional.of("2026-02"), recogniser.recognise("Z"), Outcome.MISSING);
    tally.add("W2", Optional.of("2026-02"), recogniser.recognise("H"), Outcome.MISSING);
    tally.add("W2", Optional.of("2026-02"), recogniser.recognise(""), Outcome.MISSING);
    StringWriter out = new StringWriter();
    MonitoringResultJson.write(tally.result(), out);
    assertThat(out.toString()).endsWith("}\n");
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(json.get("scheme").asText()).isEqualTo("nhs-ethnic-category-2001");
    assertThat(json.get("records").asLong()).isEqualTo(5);
    assertThat(json.get("overall").get("total").asLong()).isEqualTo(5);
    assertThat(json.get("overall").get("statuses").get("CODED").asLong()).isEqualTo(3);
    assertThat(json.get("overall").get("statuses").get("NOT_STATED").asLong()).isEqualTo(1);
    assertThat(json.get("overall").get("statuses").get("MISSING").asLong()).isEqualTo(1);
    assertThat(json.get("units")).hasSize(2);
    assertThat(json.get("units").get(1).get("unit").asText()).isEqualTo("W2");
    assertThat(json.get("units").get(1).get("total").asLong()).isEqualTo(2);
    assertThat(json.get("periods").get(0).get("period").asText()).isEqualTo("2026-01");
    assertThat(json.get("periods").get(1).get("total").asLong()).isEqualTo(3);
    assertThat(json.get("knownByGroup").get("A").asLong()).isEqualTo(2);
    assertThat(json.get("knownByGroup").get("H").asLong()).isEqualTo(1);
    assertThat(json.get("outcomes")).hasSize(1);
    assertThat(json.get("outcomes").get(0).get("group").asText()).isEqualTo("A");
    assertThat(json.get("outcomes").get(0).get("events").asLong()).isEqualTo(1);
    assertThat(json.get("outcomes").get(0).get("denominator").asLong()).isEqualTo(2);
    assertThat(json.get("outcomesMissing").asLong()).isEqualTo(1);
  }
}
