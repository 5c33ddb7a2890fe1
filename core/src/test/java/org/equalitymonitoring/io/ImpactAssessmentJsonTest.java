package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.junit.jupiter.api.Test;

class ImpactAssessmentJsonTest {
  private static JsonNode write(ImpactAssessment assessment) throws IOException {
    StringWriter out = new StringWriter();
    ImpactAssessmentJson.write(assessment, code -> "label of " + code, out);
    assertThat(out.toString()).endsWith("}\n");
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void writesEveryGroupWithItsLabelAndNullsForWithheldFigures() throws IOException {
    // A: 20 of 400 = 5%; M: 30 of 200 = 15%, ratio 15 / 5 = 3; S: 3 of 50, withheld by
    // threshold-10 (3 events < 10).
    ImpactAssessment assessment =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .withReference(Reference.group("A"))
            .proportions(
                List.of(
                    GroupCount.of("A", 20, 400),
                    GroupCount.of("M", 30, 200),
                    GroupCount.of("S", 3, 50)));
    JsonNode json = write(assessment);
    assertThat(json.get("measure").asText()).isEqualTo("proportion");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(json.get("reference").asText()).isEqualTo("A");
    JsonNode m = json.get("groups").get(1);
    assertThat(m.get("group").asText()).isEqualTo("M");
    assertThat(m.get("label").asText()).isEqualTo("label of M");
    assertThat(m.get("events").asDouble()).isEqualTo(30.0);
    assertThat(m.get("value").asDouble()).isCloseTo(15.0, within(1e-9));
    assertThat(m.get("ratio").asDouble()).isCloseTo(3.0, within(1e-9));
    assertThat(m.get("suppressed").asBoolean()).isFalse();
    assertThat(json.get("groups").get(2).get("suppressed").asBoolean()).isFalse();

    JsonNode s = write(assessment.disclose(DisclosurePolicy.threshold10())).get("groups").get(2);
    assertThat(s.get("suppressed").asBoolean()).isTrue();
    assertThat(s.get("events").isNull()).isTrue();
    assertThat(s.get("value").isNull()).isTrue();
    assertThat(s.get("adverseImpact").asText()).isNotEmpty();
  }
}
