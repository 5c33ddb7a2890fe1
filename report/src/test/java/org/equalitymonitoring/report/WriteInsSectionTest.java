package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.junit.jupiter.api.Test;

class WriteInsSectionTest {
  /** An extract of NHS 2001 codes with a description column: code, description, how many. */
  private static String extract(Object... rows) {
    StringBuilder csv = new StringBuilder("eth,note\n");
    for (int i = 0; i < rows.length; i += 3) {
      for (int n = 0; n < (int) rows[i + 2]; n++) {
        csv.append(rows[i]).append(",\"").append(rows[i + 1]).append("\"\n");
      }
    }
    return csv.toString();
  }

  private static JsonNode report(String csv, DisclosurePolicy policy) throws IOException {
    EqualityReport report =
        ReportBuilder.of(
                BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001), "eth")
            .descriptionColumn("note")
            .disclosure(policy)
            .build(CsvReader.of(new StringReader(csv), "extract"), "extract", () -> {});
    StringWriter json = new StringWriter();
    report.writeJson(json);
    return new ObjectMapper().readTree(json.toString());
  }

  private static JsonNode split(JsonNode report, String category) {
    for (JsonNode split : report.get("write-ins")) {
      if (split.get("category").asText().startsWith(category + " ")) {
        return split;
      }
    }
    throw new AssertionError("no write-ins of " + category);
  }

  private static JsonNode row(JsonNode split, String description) {
    for (JsonNode row : split.get("rows")) {
      if (row.get("description").asText().equals(description)) {
        return row;
      }
    }
    throw new AssertionError("no row " + description);
  }

  @Test
  void filipinoHiddenInAnyOtherShowsWithTheCodeThatShouldHaveBeenUsed() throws IOException {
    JsonNode report =
        report(
            extract(
                "S",
                "Filipino",
                5,
                "S",
                "  filipino. ",
                2,
                "S",
                "Polish",
                3,
                "S",
                "Klingon",
                1,
                "S",
                "",
                2,
                "A",
                "",
                10,
                "P",
                "Somali",
                4),
            DisclosurePolicy.none());
    JsonNode s = split(report, "S");
    // 5 + 2 Filipino (case, spaces, full stop ignored): Census 2021 Asian section, Other Asian,
    // which is NHS L; 3 Polish: White section, Other White, NHS C.
    JsonNode filipino = row(s, "Filipino");
    assertThat(filipino.get("section").asText()).isEqualTo("Asian, Asian British or Asian Welsh");
    assertThat(filipino.get("shouldHaveBeen").asText()).isEqualTo("L");
    assertThat(filipino.get("records").asLong()).isEqualTo(7);
    assertThat(row(s, "Polish").get("shouldHaveBeen").asText()).isEqualTo("C");
    assertThat(row(s, "Polish").get("records").asLong()).isEqualTo(3);
    assertThat(row(s, "klingon").get("section").asText()).isEqualTo("not in the classification");
    assertThat(row(s, "No description").get("records").asLong()).isEqualTo(2);
    // 7 + 3 + 1 + 2 = 13 records coded S
    assertThat(s.get("records").asLong()).isEqualTo(13);
    JsonNode p = split(report, "P");
    assertThat(row(p, "Somali").get("shouldHaveBeen").asText()).isEqualTo("N");
  }

  /**
   * The adversary: knowing how the tables fit together, try to recover every suppressed count of
   * the write-ins section by subtraction, from its own total and from the "Any other" table of the
   * recording section (the same records).
   */
  @Test
  void noSuppressedWriteInCountCanBeRecoveredBySubtraction() throws IOException {
    // S: 40 Filipino, 3 Polish (small), 25 without a description; G: 2 written as Somali
    String csv = extract("S", "Filipino", 40, "S", "Polish", 3, "S", "", 25, "G", "Somali", 2);
    csv += extract("A", "", 60).substring("eth,note\n".length());
    for (DisclosurePolicy policy :
        List.of(DisclosurePolicy.nhsDigital(), DisclosurePolicy.roundToFiveFewerThanFive())) {
      JsonNode report = report(csv, policy);
      for (JsonNode split : report.get("write-ins")) {
        int suppressed = 0;
        for (JsonNode row : split.get("rows")) {
          suppressed += row.get("records").isNull() ? 1 : 0;
        }
        // the total, from this section or from the "Any other" table
        boolean totalKnown = !split.get("records").isNull();
        for (JsonNode other : report.get("recording").get("otherCategories")) {
          if (split.get("category").asText().startsWith(other.get("code").asText() + " ")) {
            totalKnown |= other.has("records") && !other.get("records").isNull();
          }
        }
        // one suppressed row beside a known total would be the total minus the published rows
        assertThat(suppressed == 1 && totalKnown).as(policy.id() + " " + split).isFalse();
      }
      JsonNode s = split(report, "S");
      // Polish (3) is suppressed, and so is a second row so that it cannot be subtracted out
      assertThat(row(s, "Polish").get("records").isNull()).as(policy.id()).isTrue();
      assertThat(s.get("rows").findValues("records")).filteredOn(JsonNode::isNull).hasSize(2);
      // G: its 2 records (Somali) are suppressed wherever they appear
      assertThat(split(report, "G").get("records").isNull()).as(policy.id()).isTrue();
    }
  }
}
