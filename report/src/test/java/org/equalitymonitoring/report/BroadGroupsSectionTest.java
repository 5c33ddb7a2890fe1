package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.schemes.BroadGroupConvention;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.junit.jupiter.api.Test;

class BroadGroupsSectionTest {
  /** 12 R Chinese, 20 H Indian, 10 S Any other, 15 A British, 10 Z Not stated. */
  private static final String EXTRACT =
      "eth\n"
          + "R\n".repeat(12)
          + "H\n".repeat(20)
          + "S\n".repeat(10)
          + "A\n".repeat(15)
          + "Z\n".repeat(10);

  private static JsonNode report(ReportBuilder builder) throws IOException {
    return report(builder, EXTRACT);
  }

  private static JsonNode report(ReportBuilder builder, String extract) throws IOException {
    StringWriter json = new StringWriter();
    builder
        .build(CsvReader.of(new StringReader(extract), "extract"), "extract", () -> {})
        .writeJson(json);
    return new ObjectMapper().readTree(json.toString());
  }

  private static ReportBuilder builder() {
    return ReportBuilder.of(
            BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001), "eth")
        .disclosure(DisclosurePolicy.none());
  }

  private static Map<String, Long> groups(JsonNode report) {
    Map<String, Long> groups = new LinkedHashMap<>();
    for (JsonNode group : report.get("broad-groups").get("groups")) {
      groups.put(group.get("group").asText(), group.get("records").asLong());
    }
    return groups;
  }

  @Test
  void chineseMovesBetweenOtherAndAsianWithTheConvention() throws IOException {
    // Data Dictionary: Asian = H 20; Other inc Chinese = R 12 + S 10 = 22; White = A 15
    assertThat(groups(report(builder().broadGroups(BroadGroupConvention.DATA_DICTIONARY))))
        .containsEntry("Asian", 20L)
        .containsEntry("Other inc Chinese", 22L)
        .containsEntry("White", 15L)
        .containsEntry("No broad group", 0L);
    // Census 2021: Asian = H 20 + R 12 = 32; Other = S 10
    assertThat(groups(report(builder().broadGroups(BroadGroupConvention.CENSUS_2021))))
        .containsEntry("Asian", 32L)
        .containsEntry("Other", 10L);
  }

  @Test
  void withoutAConventionThereIsNoSection() throws IOException {
    assertThat(report(builder()).has("broad-groups")).isFalse();
  }

  @Test
  void underAPolicyTheGroupsArePublishedOnlyWhole() throws IOException {
    // NHS Digital rounds to 5: Asian 32 -> 30, Other 10; Mixed and Black 0 stay 0.
    ReportBuilder controlled =
        builder()
            .broadGroups(BroadGroupConvention.CENSUS_2021)
            .disclosure(DisclosurePolicy.nhsDigital());
    assertThat(groups(report(controlled))).containsEntry("Asian", 30L).containsEntry("Other", 10L);
    // 3 M Caribbean: Black 3 is suppressed (1-7); a published group could then be subtracted
    // from the known total, so every count is withheld.
    JsonNode withheld = report(controlled, EXTRACT + "M\n".repeat(3));
    for (JsonNode group : withheld.get("broad-groups").get("groups")) {
      assertThat(group.get("records").isNull()).as(group.toString()).isTrue();
    }
  }
}
