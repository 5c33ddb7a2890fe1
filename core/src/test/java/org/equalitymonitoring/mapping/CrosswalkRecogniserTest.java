package org.equalitymonitoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class CrosswalkRecogniserTest {
  private final Scheme nhs = TestSchemes.nhs2001();
  // Three SNOMED CT concepts as in SCHEMES.md §4.2–4.3.
  private final Scheme snomed =
      Scheme.of(
          SchemeInfo.builder()
              .id("snomed")
              .title("t")
              .version("1")
              .publisher("p")
              .source("s")
              .licence("l")
              .build(),
          List.of(
              Category.of("92711000000100", "Somali", CategoryKind.SUBSTANTIVE),
              Category.of(
                  "312860002", "Ethnic group not given - patient refused", CategoryKind.NOT_STATED),
              Category.of("92801000000104", "Hindu", CategoryKind.SUBSTANTIVE)),
          List.of());
  private final Crosswalk crosswalk =
      Crosswalk.of(
          CrosswalkInfo.builder()
              .id("snomed-to-nhs")
              .title("t")
              .version("1")
              .publisher("p")
              .source("s")
              .licence("l")
              .sourceSchemeId("snomed")
              .targetSchemeId("nhs-ethnic-category-2001")
              .description("d")
              .build(),
          List.of(CrosswalkRow.of("92711000000100", "N", Equivalence.BROADER, Optional.empty())),
          snomed,
          nhs);
  private final CrosswalkRecogniser recogniser =
      CrosswalkRecogniser.of(nhs, List.of(crosswalk), id -> Optional.of(snomed));

  @Test
  void recognisesPrimaryValuesFirstAndTranslatesTheRest() {
    assertThat(recogniser.recognise("a").code()).contains("A");
    Recognition somali = recogniser.recognise(" 92711000000100 ");
    assertThat(somali.code()).contains("N");
    assertThat(somali.rule()).isEqualTo(RecognitionRule.CROSSWALK);
    Recognition refused = recogniser.recognise("312860002");
    assertThat(refused.status()).isEqualTo(RecognitionStatus.NOT_STATED);
    assertThat(refused.rule()).isEqualTo(RecognitionRule.CROSSWALK_UNMATCHED);
    Recognition hindu = recogniser.recognise("92801000000104");
    assertThat(hindu.status()).isEqualTo(RecognitionStatus.UNRECOGNISED);
    assertThat(recogniser.recognise("Martian").rule()).isEqualTo(RecognitionRule.NONE);
    assertThat(recogniser.recognise(null).status()).isEqualTo(RecognitionStatus.MISSING);
  }

  @Test
  void rejectsCrosswalksIntoAnotherScheme() {
    assertThatThrownBy(
            () -> CrosswalkRecogniser.of(snomed, List.of(crosswalk), id -> Optional.of(snomed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "crosswalk 'snomed-to-nhs' leads to 'nhs-ethnic-category-2001', not to 'snomed'");
  }
}
