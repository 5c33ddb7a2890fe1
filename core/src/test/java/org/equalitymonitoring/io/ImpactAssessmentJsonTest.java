package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.junit.jupiter.api.Test;

class ImpactAssessmentJsonTest {
  /** The fields of every group object, in the order written. */
  private static final List<String> GROUP_FIELDS =
      List.of(
          "group",
          "label",
          "events",
          "denominator",
          "value",
          "lower",
          "upper",
          "method",
          "ratio",
          "ratioLower",
          "ratioUpper",
          "populationShare",
          "significance",
          "adverseImpact",
          "suppressed");

  private static JsonNode write(ImpactAssessment assessment) throws IOException {
    StringWriter out = new StringWriter();
    ImpactAssessmentJson.write(assessment, code -> "label of " + code, out);
    assertThat(out.toString()).endsWith("}\n");
    return new ObjectMapper().readTree(out.toString());
  }

  private static List<String> fields(JsonNode object) {
    List<String> fields = new ArrayList<>();
    object.fieldNames().forEachRemaining(fields::add);
    return fields;
  }

  /** A: 20 of 400 = 5%; M: 30 of 200 = 15%; S: 3 of 50 = 6%; adverse outcome, reference A. */
  private static ImpactAssessment proportions() {
    return ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
        .withReference(Reference.group("A"))
        .proportions(
            List.of(
                GroupCount.of("A", 20, 400),
                GroupCount.of("M", 30, 200),
                GroupCount.of("S", 3, 50)));
  }

  @Test
  void writesEveryFieldOfEveryGroupInOneOrderWithNullsForFiguresTheMeasureLacks()
      throws IOException {
    JsonNode json = write(proportions());

    assertThat(fields(json)).containsExactly("measure", "confidence", "reference", "groups");
    assertThat(json.get("measure").asText()).isEqualTo("proportion");
    assertThat(json.get("confidence").asDouble()).isEqualTo(0.95);
    assertThat(json.get("reference").asText()).isEqualTo("A");
    assertThat(json.get("groups")).hasSize(3);
    for (JsonNode group : json.get("groups")) {
      assertThat(fields(group)).containsExactlyElementsOf(GROUP_FIELDS);
      assertThat(group.get("populationShare").isNull()).as("not representation").isTrue();
    }

    JsonNode a = json.get("groups").get(0);
    assertThat(a.get("adverseImpact").asText()).isEqualTo("REFERENCE_GROUP");
    assertThat(a.get("ratio").isNull()).isTrue();
    assertThat(a.get("significance").isNull()).isTrue();

    JsonNode m = json.get("groups").get(1);
    assertThat(m.get("group").asText()).isEqualTo("M");
    assertThat(m.get("label").asText()).isEqualTo("label of M");
    assertThat(m.get("events").isIntegralNumber()).isTrue();
    assertThat(m.get("events").asLong()).isEqualTo(30);
    assertThat(m.get("denominator").isIntegralNumber()).isTrue();
    assertThat(m.get("denominator").asLong()).isEqualTo(200);
    assertThat(m.get("value").asDouble()).isCloseTo(15.0, within(1e-9));
    assertThat(m.get("method").asText()).isEqualTo("Wilson");
    // Risk ratio 15 / 5 = 3; Katz SE = sqrt(1/30 − 1/200 + 1/20 − 1/400) = 0.2754, so the lower
    // limit 3·exp(−1.96·0.2754) = 1.75 is above 1: significantly higher, an adverse outcome.
    assertThat(m.get("ratio").asDouble()).isCloseTo(3.0, within(1e-9));
    assertThat(m.get("ratioLower").asDouble()).isCloseTo(1.75, within(0.005));
    assertThat(m.get("significance").asText()).isEqualTo("higher");
    assertThat(m.get("adverseImpact").asText()).isEqualTo("ADVERSE");
    assertThat(m.get("suppressed").asBoolean()).isFalse();

    // 3 events are fewer than the default 10: too small to say, but published before disclosure.
    JsonNode s = json.get("groups").get(2);
    assertThat(s.get("adverseImpact").asText()).isEqualTo("TOO_SMALL_TO_SAY");
    assertThat(s.get("events").asLong()).isEqualTo(3);
    assertThat(s.get("suppressed").asBoolean()).isFalse();
  }

  @Test
  void aWithheldGroupHasEveryFieldWithNullFigures() throws IOException {
    // threshold-10 suppresses S's 3 events.
    JsonNode s = write(proportions().disclose(DisclosurePolicy.threshold10())).get("groups").get(2);
    assertThat(fields(s)).containsExactlyElementsOf(GROUP_FIELDS);
    assertThat(s.get("group").asText()).isEqualTo("S");
    assertThat(s.get("suppressed").asBoolean()).isTrue();
    for (String figure :
        List.of("events", "denominator", "value", "lower", "upper", "method", "ratio")) {
      assertThat(s.get(figure).isNull()).as(figure).isTrue();
    }
    assertThat(s.get("significance").isNull()).isTrue();
    assertThat(s.get("adverseImpact").asText()).isEqualTo("WITHHELD");
  }

  @Test
  void representationWritesItsGoodnessOfFitAndPopulationShares() throws IOException {
    Map<String, Long> users = new LinkedHashMap<>();
    users.put("A", 300L);
    users.put("B", 100L);
    users.put("C", 100L);
    Map<String, Long> population = new LinkedHashMap<>();
    population.put("A", 7000L);
    population.put("B", 2000L);
    population.put("C", 1000L);
    JsonNode json = write(ImpactAssessor.of(OutcomeKind.BENEFIT).representation(users, population));

    assertThat(fields(json))
        .containsExactly("measure", "confidence", "reference", "goodnessOfFit", "groups");
    assertThat(json.get("measure").asText()).isEqualTo("representation");
    assertThat(json.get("reference").asText()).isEqualTo("population");
    // Expected users 350, 100, 50 of 500: X² = 50²/350 + 0 + 50²/50 on 2 df, p = exp(−X²/2).
    double x2 = 2500.0 / 350 + 2500.0 / 50;
    JsonNode fit = json.get("goodnessOfFit");
    assertThat(fields(fit)).containsExactly("statistic", "df", "pValue");
    assertThat(fit.get("statistic").asDouble()).isCloseTo(x2, within(1e-9));
    assertThat(fit.get("df").isIntegralNumber()).isTrue();
    assertThat(fit.get("df").asInt()).isEqualTo(2);
    assertThat(fit.get("pValue").asDouble()).isCloseTo(Math.exp(-x2 / 2), within(1e-15));

    // A: 300 of the 500 users = 60% against 7000 of 10,000 = 70% of the population; benefit.
    JsonNode a = json.get("groups").get(0);
    assertThat(fields(a)).containsExactlyElementsOf(GROUP_FIELDS);
    assertThat(a.get("denominator").isIntegralNumber()).isTrue();
    assertThat(a.get("denominator").asLong()).isEqualTo(500);
    assertThat(a.get("value").asDouble()).isCloseTo(60, within(1e-9));
    assertThat(a.get("populationShare").asDouble()).isCloseTo(70, within(1e-9));
    assertThat(a.get("ratio").asDouble()).isCloseTo(60.0 / 70, within(1e-9));
    assertThat(a.get("significance").asText()).isEqualTo("lower");
    assertThat(a.get("adverseImpact").asText()).isEqualTo("ADVERSE");
  }

  @Test
  void aWholeDenominatorIsAnIntegerAndPersonTimeADecimal() throws IOException {
    JsonNode groups =
        write(
                ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
                    .rates(List.of(GroupCount.of("A", 12, 1234.5), GroupCount.of("B", 20, 2000.0))))
            .get("groups");
    JsonNode a = groups.get(0);
    assertThat(a.get("events").isIntegralNumber()).isTrue();
    assertThat(a.get("events").asLong()).isEqualTo(12);
    assertThat(a.get("denominator").isFloatingPointNumber()).isTrue();
    assertThat(a.get("denominator").asDouble()).isEqualTo(1234.5);
    // 12 per 1234.5 person-years, per 100,000.
    assertThat(a.get("value").asDouble()).isCloseTo(12 / 1234.5 * 100_000, within(1e-9));
    JsonNode b = groups.get(1);
    assertThat(b.get("denominator").isIntegralNumber()).isTrue();
    assertThat(b.get("denominator").asLong()).isEqualTo(2000);
  }

  @Test
  void measuresAreNamedInLowerCaseWithHyphens() throws IOException {
    JsonNode json =
        write(
            ImpactAssessor.of(OutcomeKind.BENEFIT)
                .withReference(Reference.group("B"))
                .relativeLikelihood(
                    List.of(GroupCount.of("W", 120, 600), GroupCount.of("B", 40, 400))));
    assertThat(json.get("measure").asText()).isEqualTo("relative-likelihood");
  }

  @Test
  void aCallerAddsAConventionAndLeavesOutFindingsOfAnOutcomeKindItChose() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      ImpactAssessmentJson.write(
          proportions(), code -> code, Optional.of("nhs-mha-census-2021"), false, json);
    }
    JsonNode json = new ObjectMapper().readTree(out.toString());
    assertThat(fields(json))
        .containsExactly("measure", "confidence", "reference", "convention", "groups");
    assertThat(json.get("convention").asText()).isEqualTo("nhs-mha-census-2021");
    for (JsonNode group : json.get("groups")) {
      assertThat(fields(group)).containsExactlyElementsOf(GROUP_FIELDS);
      assertThat(group.get("adverseImpact").isNull()).isTrue();
    }
    JsonNode m = json.get("groups").get(1);
    assertThat(m.get("label").asText()).isEqualTo("M");
    assertThat(m.get("significance").asText())
        .as("significance has no direction")
        .isEqualTo("higher");
  }
}
