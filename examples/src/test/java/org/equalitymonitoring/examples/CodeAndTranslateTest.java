package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.examples.CodeAndTranslate.Row;
import org.equalitymonitoring.mapping.Translation;
import org.junit.jupiter.api.Test;

/**
 * Checks the example against the published code lists: NHS Data Dictionary ETHNIC CATEGORY (A White
 * British, C Any other White background, N Black African, 99 Not known; HES ETHRAW X = not known),
 * SNOMED CT 92711000000100 "Somali - ethnic category 2001 census" (Black African in the OpenSAFELY
 * list), and the ONS Census 2021 "20b" codes (13 English, Welsh, Scottish, Northern Irish or
 * British; 6 African; 17 Other White, 15 Gypsy or Irish Traveller, 16 Roma).
 */
class CodeAndTranslateTest {
  private final List<Row> rows =
      CodeAndTranslate.codeAndTranslate(
          List.of("  a", "White - British", "X", "92711000000100", "c", "Martian"));

  @Test
  void codeWithSpaceAndLowerCaseIsWhiteBritish() {
    Row row = rows.get(0);
    assertThat(row.recognition().code()).contains("A");
    assertThat(row.recognition().rule()).isEqualTo(RecognitionRule.CODE_IGNORING_CASE_AND_SPACE);
    assertThat(row.census().orElseThrow().targetCodes()).containsExactly("13");
    assertThat(row.census().orElseThrow().outcome()).isEqualTo(Translation.Outcome.MAPPED);
  }

  @Test
  void displayLabelIsRecognised() {
    Row row = rows.get(1);
    assertThat(row.recognition().code()).contains("A");
    assertThat(row.recognition().rule()).isEqualTo(RecognitionRule.LABEL);
    assertThat(row.census().orElseThrow().targetCodes()).containsExactly("13");
  }

  @Test
  void legacyXIsNotKnownAndHasNoCensusCategory() {
    Row row = rows.get(2);
    assertThat(row.recognition().status()).isEqualTo(RecognitionStatus.NOT_KNOWN);
    assertThat(row.recognition().code()).contains("99");
    assertThat(row.recognition().rule()).isEqualTo(RecognitionRule.LEGACY_VALUE);
    assertThat(row.census().orElseThrow().outcome()).isEqualTo(Translation.Outcome.UNMATCHED);
    assertThat(row.census().orElseThrow().targetCodes()).isEmpty();
  }

  @Test
  void snomedSomaliIsBlackAfrican() {
    Row row = rows.get(3);
    assertThat(row.recognition().code()).contains("N");
    assertThat(row.recognition().rule()).isEqualTo(RecognitionRule.CROSSWALK);
    assertThat(row.census().orElseThrow().targetCodes()).containsExactly("6");
  }

  @Test
  void anyOtherWhiteIsOneToManyInCensus2021() {
    Row row = rows.get(4);
    assertThat(row.recognition().code()).contains("C");
    Translation translation = row.census().orElseThrow();
    assertThat(translation.outcome()).isEqualTo(Translation.Outcome.ONE_TO_MANY);
    assertThat(translation.targetCodes()).containsExactlyInAnyOrder("17", "15", "16");
  }

  @Test
  void unknownTextIsUnrecognisedAndNotTranslated() {
    Row row = rows.get(5);
    assertThat(row.recognition().status()).isEqualTo(RecognitionStatus.UNRECOGNISED);
    assertThat(row.census()).isEmpty();
  }

  @Test
  void mainRuns() {
    CodeAndTranslate.main(new String[0]);
  }
}
