package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.OptionalLong;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.junit.jupiter.api.Test;

/**
 * The adversary against the agreement section: knowing that each matrix row is every person with
 * the category in the first column, try to recover a suppressed count by subtraction between the
 * matrix and the recording section's "Any other" table, which publishes the same category counts.
 */
class AgreementDisclosureTest {
  /**
   * The report of an extract, with 12 people with no GP value added so that the incomplete records
   * (which a policy with a threshold of 10 would otherwise withhold, and every unit with them) can
   * be published.
   */
  private static JsonNode report(String csv, DisclosurePolicy policy) throws IOException {
    csv += ",\n".repeat(12);
    EqualityReport report =
        ReportBuilder.of(
                BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001), "eth")
            .secondEthnicityColumn("hospital")
            .disclosure(policy)
            .build(CsvReader.of(new StringReader(csv), "extract"), "extract", () -> {});
    StringWriter json = new StringWriter();
    report.writeJson(json);
    return new ObjectMapper().readTree(json.toString());
  }

  /** The category's count in the recording section's "Any other" table, if published. */
  private static OptionalLong recorded(JsonNode report, String code) {
    for (JsonNode other : report.get("recording").get("otherCategories")) {
      if (other.get("code").asText().equals(code)
          && other.has("records")
          && !other.get("records").isNull()) {
        return OptionalLong.of(other.get("records").asLong());
      }
    }
    return OptionalLong.empty();
  }

  /**
   * Fails if a row of the matrix (its category cells and its "None" cell) has exactly one
   * suppressed cell while its total is known, from the matrix or from the recording section: that
   * cell would be the total less the published cells.
   */
  private static void assertNoRowGivesBackACell(JsonNode report, String policy) {
    for (JsonNode row : report.get("agreement").get("categories")) {
      int suppressed = 0;
      for (JsonNode cell : row.get("second")) {
        suppressed += cell.isNull() ? 1 : 0;
      }
      boolean totalKnown =
          !row.get("first").isNull() || recorded(report, row.get("code").asText()).isPresent();
      assertThat(suppressed == 1 && totalKnown).as(policy + " " + row).isFalse();
    }
  }

  @Test
  void theFewWithoutASecondValueCannotBeRecoveredFromTheAnyOtherTable() throws IOException {
    // S (Any other ethnic group) in the GP record: 40 S/S, 10 S/A, 3 S with no hospital value;
    // A: 20 A/S, 30 A/A. The "Any other" table publishes S = 40 + 10 + 3 = 53 under threshold-10
    // (unrounded). A matrix of the compared people only would have S's row total 50, and
    // 53 - 50 = 3 people with no hospital value, a count below 10 the policy suppresses.
    String csv =
        "eth,hospital\n"
            + "S,S\n".repeat(40)
            + "S,A\n".repeat(10)
            + "S,\n".repeat(3)
            + "A,S\n".repeat(20)
            + "A,A\n".repeat(30);
    for (DisclosurePolicy policy :
        new DisclosurePolicy[] {
          DisclosurePolicy.threshold10(),
          DisclosurePolicy.nhsDigital(),
          DisclosurePolicy.roundToFiveFewerThanFive()
        }) {
      JsonNode report = report(csv, policy);
      assertThat(recorded(report, "S")).as(policy.id()).isPresent();
      JsonNode s = report.get("agreement").get("categories").get(1);
      assertThat(s.get("code").asText()).isEqualTo("S");
      // the 3 are in the matrix, suppressed, and not alone in their row
      assertThat(s.get("noSecond").isNull()).as(policy.id()).isTrue();
      // what an old-style reader would subtract: the published compared cells of S's row
      long comparedPublished = 0;
      boolean allPublished = true;
      for (int j = 0; j < 2; j++) {
        JsonNode cell = s.get("second").get(j);
        allPublished &= !cell.isNull();
        comparedPublished += cell.asLong();
      }
      if (allPublished) {
        // the row's cells are all published only if the subtraction gives back no exact count
        // below the threshold: under rounding, 53 -> 55 and 40 -> 40, 10 -> 10 leave 5, not 3
        assertThat(recorded(report, "S").getAsLong() - comparedPublished)
            .as(policy.id())
            .isNotEqualTo(3);
      }
      assertNoRowGivesBackACell(report, policy.id());
    }
  }

  @Test
  void aCategoryWithheldInTheAnyOtherTableIsWithheldInTheMatrix() throws IOException {
    // S: 4 S/S and 2 S with no hospital value, 6 in all, below threshold-10's 10: the "Any other"
    // table withholds S, so the matrix must not publish S's row total of 6 either (which with a
    // published rest of the known records would give S back).
    String csv =
        "eth,hospital\n"
            + "S,S\n".repeat(4)
            + "S,\n".repeat(2)
            + "A,A\n".repeat(50)
            + "A,N\n".repeat(20)
            + "N,N\n".repeat(40)
            + "N,A\n".repeat(15);
    JsonNode report = report(csv, DisclosurePolicy.threshold10());
    assertThat(recorded(report, "S")).isEmpty();
    JsonNode s = null;
    for (JsonNode row : report.get("agreement").get("categories")) {
      if (row.get("code").asText().equals("S")) {
        s = row;
      }
    }
    assertThat(s).isNotNull();
    assertThat(s.get("first").isNull()).isTrue();
    assertThat(s.get("both").isNull()).isTrue();
    assertNoRowGivesBackACell(report, "threshold-10");
  }

  @Test
  void aRowTotalIsOneFigureInTheMatrixAndInTheAnyOtherTable() throws IOException {
    // C (Any other White) in the GP record: 12 C/C, 1 C/A, 0 without a hospital value: 13 in all,
    // published on its own under threshold-10. In the matrix the 1 and C's "None" 0 are below 10
    // and withheld, so C's row has more than one withheld cell and its total, 13, can be published:
    // the two tables must then show the same 13 (a figure published in two tables is the same in
    // both), and no row may give back a cell.
    String csv =
        "eth,hospital\n"
            + "C,C\n".repeat(12)
            + "C,A\n".repeat(1)
            + "A,A\n".repeat(50)
            + "A,C\n".repeat(20)
            + "A,\n".repeat(15);
    JsonNode report = report(csv, DisclosurePolicy.threshold10());
    JsonNode c = null;
    for (JsonNode row : report.get("agreement").get("categories")) {
      if (row.get("code").asText().equals("C")) {
        c = row;
      }
    }
    assertThat(c).isNotNull();
    assertThat(c.get("first").asLong()).isEqualTo(13);
    assertThat(recorded(report, "C")).hasValue(13);
    assertNoRowGivesBackACell(report, "threshold-10");
  }
}
