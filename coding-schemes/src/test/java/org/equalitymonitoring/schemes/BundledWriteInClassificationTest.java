package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.equalitymonitoring.coding.DetailedCategory;
import org.equalitymonitoring.coding.WriteInClassifier;
import org.equalitymonitoring.coding.WriteInMatch;
import org.equalitymonitoring.mapping.Crosswalk;
import org.junit.jupiter.api.Test;

class BundledWriteInClassificationTest {
  private final WriteInClassifier census = BundledWriteInClassification.census2021();
  private final Crosswalk toNhs =
      BundledSchemes.get().requireCrosswalk(CrosswalkId.CENSUS_2021_TO_NHS_2001);

  @Test
  void holdsEveryDetailedCategoryOfTheReferenceFile() {
    List<Map<String, String>> rows =
        ReferenceCsv.read("census/census2021_ethnic_group_detailed.csv");
    assertThat(census.categories()).hasSize(rows.size()).hasSize(287);
    for (int i = 0; i < rows.size(); i++) {
      DetailedCategory category = census.categories().get(i);
      assertThat(category.code()).isEqualTo(rows.get(i).get("code"));
      assertThat(category.label()).isEqualTo(rows.get(i).get("label"));
      assertThat(category.heading()).isEqualTo(rows.get(i).get("heading"));
      assertThat(category.outputCode()).isEqualTo(rows.get(i).get("ethnic_group_19_code"));
    }
  }

  /** The suggested NHS letter of a write-in: its Census 2021 code through the bundled crosswalk. */
  private String nhsLetter(String writeIn) {
    WriteInMatch match = census.classify(writeIn);
    assertThat(match.outcome()).isEqualTo(WriteInMatch.Outcome.MATCHED);
    return toNhs.translate(match.suggestion().orElseThrow().outputCode()).targetCodes().get(0);
  }

  @Test
  void theSeedWriteInsSuggestTheCodeThatShouldHaveBeenUsed() {
    // Filipino: TS022-011 under Asian (-> 5 Other Asian) and TS022-243 under Other (-> 19); the
    // named section wins, so written beside S it should have been L (as the SNOMED 2001-census
    // crosswalks map Filipino, SCHEMES.md §4.3).
    WriteInMatch filipino = census.classify("Filipino");
    assertThat(filipino.candidates())
        .extracting(DetailedCategory::code)
        .containsExactly("TS022-011", "TS022-243");
    assertThat(filipino.suggestion().orElseThrow().code()).isEqualTo("TS022-011");
    assertThat(nhsLetter("Filipino")).isEqualTo("L");
    // Somali and Nigerian: under the African section (-> 6 African, a category of its own), the
    // Caribbean section (-> 8) and, for Somali, Other (-> 19): African wins, NHS N.
    assertThat(census.classify("Somali").suggestion().orElseThrow().code()).isEqualTo("TS022-063");
    assertThat(nhsLetter("Somali")).isEqualTo("N");
    assertThat(census.classify("Nigerian").suggestion().orElseThrow().code())
        .isEqualTo("TS022-057");
    assertThat(nhsLetter("Nigerian")).isEqualTo("N");
    // Polish: White (-> 17 Other White) before Other (-> 19): NHS C.
    assertThat(census.classify("Polish").suggestion().orElseThrow().code()).isEqualTo("TS022-199");
    assertThat(nhsLetter("Polish")).isEqualTo("C");
  }

  @Test
  void aTickBoxLabelWinsOverTheSameWriteInElsewhere() {
    // Arab is written in under Asian (-> 5), African (-> 6), Mixed (-> 12) and White (-> 17), and
    // is the Other section's tick-box 18 (TS022-225): 18 is suggested; NHS 2001 has no Arab, the
    // crosswalk's convention is S.
    assertThat(census.classify("Arab").suggestion().orElseThrow().code()).isEqualTo("TS022-225");
    assertThat(nhsLetter("arab")).isEqualTo("S");
  }

  @Test
  void caseSpacingAndPunctuationDoNotMatter() {
    assertThat(census.classify("  FILIPINO. ").suggestion().orElseThrow().code())
        .isEqualTo("TS022-011");
    // "Nepali (includes Gurkha)" under Asian: the name without the bracketed note matches as a part
    WriteInMatch nepali = census.classify("nepali");
    assertThat(nepali.basis()).isEqualTo(WriteInMatch.Basis.PART_OF_LABEL);
    assertThat(nepali.suggestion().orElseThrow().label()).isEqualTo("Nepali (includes Gurkha)");
    assertThat(census.classify("Klingon").outcome()).isEqualTo(WriteInMatch.Outcome.NOT_FOUND);
  }
}
