package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.junit.jupiter.api.Test;

class AgreementSectionTest {
  /**
   * GP (eth) against hospital for 40 A/A, 10 A/N, 20 N/A, 30 N/N and 10 A without a hospital value
   * (in the matrix's "None" column, left out of shares and kappa): the hand-worked table of core's
   * AgreementTest doubled, so p_o = 0.7, p_e = 0.5, κ = 0.4; var = (A + B − C) / (n (1 − p_e)²)
   * with the same A + B − C = 0.2016 and n = 100: 0.2016 / 25 = 0.008064, SE = 0.0897998.
   */
  private static String extract() {
    return "eth,hospital\n"
        + "A,A\n".repeat(40)
        + "A,N\n".repeat(10)
        + "N,A\n".repeat(20)
        + "N,N\n".repeat(30)
        + "A,\n".repeat(10);
  }

  private static JsonNode report(DisclosurePolicy policy) throws IOException {
    StringWriter json = new StringWriter();
    StringBuilder html = new StringBuilder();
    EqualityReport report =
        ReportBuilder.of(
                BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001), "eth")
            .secondEthnicityColumn("hospital")
            .disclosure(policy)
            .build(CsvReader.of(new StringReader(extract()), "extract"), "extract", () -> {});
    report.writeJson(json);
    StringWriter page = new StringWriter();
    report.writeHtml(page);
    assertThat(page.toString())
        .contains("Agreement between sources", "kappa 0.400 (0.224 to 0.576; SE 0.0898");
    return new ObjectMapper().readTree(json.toString()).get("agreement");
  }

  @Test
  void theSectionGivesTheMatrixSharesAndKappa() throws IOException {
    JsonNode agreement = report(DisclosurePolicy.none());
    assertThat(agreement.get("compared").asLong()).isEqualTo(100);
    assertThat(agreement.get("kappa").get("value").asDouble()).isCloseTo(0.4, within(1e-12));
    assertThat(agreement.get("kappa").get("standardError").asDouble())
        .isCloseTo(Math.sqrt(0.008064), within(1e-12));
    JsonNode a = agreement.get("categories").get(0);
    assertThat(a.get("code").asText()).isEqualTo("A");
    // 40 + 10 compared + 10 without a hospital value: A's count in the rest of the report
    assertThat(a.get("first").asLong()).isEqualTo(60);
    assertThat(a.get("noSecond").asLong()).isEqualTo(10);
    assertThat(agreement.get("people").asLong()).isEqualTo(110);
    assertThat(a.get("share").asDouble()).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void underAPolicyTheFiguresComeFromPublishedCounts() throws IOException {
    // Every count a multiple of 5 above 7: NHS Digital publishes them unchanged, kappa as above.
    JsonNode agreement = report(DisclosurePolicy.nhsDigital());
    assertThat(agreement.get("kappa").get("value").asDouble()).isCloseTo(0.4, within(1e-12));
  }
}
