package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.equalitymonitoring.agreement.Agreement;
import org.equalitymonitoring.agreement.Kappa;
import org.equalitymonitoring.agreement.PublishedAgreement;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class PublishedAgreementJsonTest {
  private static JsonNode fields(PublishedAgreement published) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new ObjectMapper().getFactory().createGenerator(out)) {
      json.writeStartObject();
      PublishedAgreementJson.writeFields(published, json);
      json.writeEndObject();
    }
    return new ObjectMapper().readTree(out.toString());
  }

  @Test
  void writesComparedAndKappa() throws IOException {
    // 40 A/A, 10 A/N, 20 N/A, 30 N/N, and 5 A with no second value: 100 compared;
    // p_o = 0.7, p_e = (50*60 + 50*40) / 100^2 = 0.5, kappa = 0.2 / 0.5 = 0.4
    Agreement agreement =
        Agreement.withFirstOnly(
            List.of("A", "N"),
            new long[][] {{40, 10}, {20, 30}},
            new long[] {5, 0},
            ConfidenceLevel.NINETY_FIVE);
    JsonNode fields = fields(agreement.disclose(DisclosurePolicy.none()));
    assertThat(fields.get("compared").asLong()).isEqualTo(100);
    assertThat(fields.get("kappa").get("value").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(fields.get("kappa").get("method").asText()).isEqualTo(Kappa.METHOD);
  }

  @Test
  void aKappaNotPublishedIsNull() throws IOException {
    // 3 A/N is suppressed under NHS Digital (1-7), so kappa is withheld
    Agreement agreement =
        Agreement.of(
            List.of("A", "N"), new long[][] {{40, 3}, {20, 30}}, ConfidenceLevel.NINETY_FIVE);
    JsonNode fields = fields(agreement.disclose(DisclosurePolicy.nhsDigital()));
    assertThat(fields.get("kappa").isNull()).isTrue();
  }
}
