package org.equalitymonitoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recogniser;
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

  private static SchemeInfo.Builder schemeInfo(String id) {
    return TestSchemes.info(id);
  }

  private static CrosswalkInfo crosswalkInfo(String id, String from) {
    return CrosswalkInfo.builder()
        .id(id)
        .title("t")
        .version("1")
        .publisher("p")
        .source("s")
        .licence("l")
        .sourceSchemeId(from)
        .targetSchemeId("nhs-ethnic-category-2001")
        .description("d")
        .build();
  }

  // A patient administration system's own list, with two codes that share a label.
  private final Scheme pas =
      Scheme.of(
          schemeInfo("pas").build(),
          List.of(
              Category.of("WB", "White British", CategoryKind.SUBSTANTIVE),
              Category.of("WX", "White other", CategoryKind.OTHER),
              Category.of("UNK", "Unknown", CategoryKind.NOT_KNOWN),
              Category.of("M1", "Dual heritage", CategoryKind.SUBSTANTIVE),
              Category.of("M2", "Dual heritage", CategoryKind.SUBSTANTIVE)),
          List.of());
  private final Crosswalk pasToNhs =
      Crosswalk.of(
          crosswalkInfo("pas-to-nhs", "pas"),
          List.of(
              CrosswalkRow.of("WB", "A", Equivalence.EQUIVALENT, Optional.empty()),
              CrosswalkRow.of("WX", "C", Equivalence.INEXACT, Optional.empty()),
              CrosswalkRow.of("WX", "B", Equivalence.INEXACT, Optional.empty()),
              CrosswalkRow.unmatched("UNK", Optional.empty()),
              CrosswalkRow.of("M1", "D", Equivalence.INEXACT, Optional.empty())),
          pas,
          nhs);

  @Test
  void reportsOneToManyAsAmbiguousAndKeepsNotKnownWhenUnmatched() {
    CrosswalkRecogniser mixed =
        CrosswalkRecogniser.of(nhs, List.of(pasToNhs), id -> Optional.of(pas));
    Recognition whiteOther = mixed.recognise("WX");
    assertThat(whiteOther.status()).isEqualTo(RecognitionStatus.AMBIGUOUS);
    assertThat(whiteOther.rule()).isEqualTo(RecognitionRule.CROSSWALK);
    assertThat(whiteOther.candidates()).extracting(Category::code).containsExactly("C", "B");
    Recognition unknown = mixed.recognise("UNK");
    assertThat(unknown.status()).isEqualTo(RecognitionStatus.NOT_KNOWN);
    assertThat(unknown.rule()).isEqualTo(RecognitionRule.CROSSWALK_UNMATCHED);
    // "Dual heritage" is M1 or M2 in the PAS list: which one is not known, so nothing is guessed.
    Recognition dual = mixed.recognise("dual heritage");
    assertThat(dual.status()).isEqualTo(RecognitionStatus.UNRECOGNISED);
    assertThat(dual.rule()).isEqualTo(RecognitionRule.CROSSWALK_UNMATCHED);
  }

  @Test
  void triesEachCrosswalkInTurn() {
    Map<String, Scheme> sources = Map.of("snomed", snomed, "pas", pas);
    CrosswalkRecogniser both =
        CrosswalkRecogniser.of(
            nhs, List.of(crosswalk, pasToNhs), id -> Optional.ofNullable(sources.get(id)));
    assertThat(both.recognise("92711000000100").code()).contains("N");
    Recognition britishByPas = both.recognise("wb");
    assertThat(britishByPas.code()).contains("A");
    assertThat(britishByPas.rule()).isEqualTo(RecognitionRule.CROSSWALK);
    assertThat(both.recognise("Martian").status()).isEqualTo(RecognitionStatus.UNRECOGNISED);
  }

  @Test
  void readsALocalSchemeWithItsOwnRecogniserAndCrosswalksIntoItsBase() {
    Scheme borough =
        Scheme.extend(
            nhs,
            schemeInfo("borough").baseSchemeId("nhs-ethnic-category-2001").build(),
            List.of(Category.builder("L1", "Filipino").parent("L").build()));
    CrosswalkRecogniser local =
        CrosswalkRecogniser.of(
            Recogniser.withSynonyms(borough, Map.of("Pinoy", "L1")),
            List.of(crosswalk),
            id -> Optional.of(snomed));
    assertThat(local.scheme()).isSameAs(borough);
    assertThat(local.recognise("pinoy").code()).contains("L1");
    assertThat(local.recognise("pinoy").rule()).isEqualTo(RecognitionRule.SYNONYM);
    assertThat(local.recognise("92711000000100").code()).contains("N");
  }

  @Test
  void rejectsACrosswalkWhoseSourceSchemeIsNotFound() {
    assertThatThrownBy(
            () -> CrosswalkRecogniser.of(nhs, List.of(crosswalk), id -> Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no scheme 'snomed' for crosswalk 'snomed-to-nhs'");
  }
}
