package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.junit.jupiter.api.Test;

class BundledRecognitionTest {
  private final BundledSchemes bundled = BundledSchemes.get();
  private final Scheme nhs = bundled.requireScheme("nhs-ethnic-category-2001");

  @Test
  void defaultsRecogniseSnomedAndCtv3CodesThroughTheOpenSafelyCrosswalks() {
    BundledRecognition recognition = BundledRecognition.defaults(nhs);
    assertThat(recognition.crosswalkIds())
        .containsExactly("opensafely-snomed-to-nhs-2001", "opensafely-ctv3-to-nhs-2001");
    // SCHEMES.md §4.4: 976631000000101 "White: English or Welsh or Scottish or Northern Irish or
    // British" (2011 census) is A in every list.
    Recognition white = recognition.recogniser().recognise("976631000000101");
    assertThat(white.code()).contains("A");
    assertThat(white.status()).isEqualTo(RecognitionStatus.CODED);
    assertThat(white.rule()).isEqualTo(RecognitionRule.CROSSWALK);
    assertThat(recognition.description())
        .isEqualTo(
            "nhs-ethnic-category-2001 codes, labels and legacy values, bundled synonyms and"
                + " broad-group terms; codes of other schemes through opensafely-snomed-to-nhs-2001,"
                + " opensafely-ctv3-to-nhs-2001");
  }

  @Test
  void theDefaultsOfABundledSchemeAreBuiltOnceAlsoForAnotherThread() throws Exception {
    BundledRecognition first = BundledRecognition.defaults(nhs);
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      assertThat(other.submit(() -> BundledRecognition.defaults(nhs)).get()).isSameAs(first);
    } finally {
      other.shutdown();
    }
    assertThat(BundledRecognition.defaults(nhs)).isSameAs(first);
  }

  @Test
  void theDefaultsOfASchemeThatIsNotBundledAreBuiltForEachCall() {
    Scheme local =
        Scheme.extend(
            nhs,
            SchemeInfo.builder()
                .id("nhs-ethnic-category-2001")
                .title("A local scheme under the id of the bundled one")
                .version("1")
                .publisher("test")
                .source("test")
                .licence("test")
                .baseSchemeId(Optional.of("nhs-ethnic-category-2001"))
                .build(),
            List.of(Category.builder("A1", "White local").parent("A").build()));

    assertThat(BundledRecognition.defaults(local))
        .isNotSameAs(BundledRecognition.defaults(local))
        .isNotSameAs(BundledRecognition.defaults(nhs));
    assertThat(BundledRecognition.defaults(local).recogniser().recognise("A1").code())
        .contains("A1");
  }

  @Test
  void withoutCrosswalksSnomedCodesAreUnrecognised() {
    BundledRecognition recognition = BundledRecognition.of(nhs, List.of());
    assertThat(recognition.recogniser().recognise("976631000000101").status())
        .isEqualTo(RecognitionStatus.UNRECOGNISED);
    assertThat(recognition.description()).endsWith("; no crosswalks");
  }

  @Test
  void aLocalSchemeUsesTheCrosswalksIntoItsBaseAndOtherSchemesNone() {
    Scheme local = bundled.requireScheme("example-london-borough");
    assertThat(BundledRecognition.defaults(local).crosswalkIds()).hasSize(2);
    Scheme omb = bundled.requireScheme("us-omb-1997");
    assertThat(BundledRecognition.defaults(omb).crosswalkIds()).isEmpty();
    assertThat(BundledRecognition.defaults(omb).description())
        .isEqualTo("us-omb-1997 codes, labels and legacy values; no crosswalks");
  }

  @Test
  void chosenCrosswalksMustExistAndLeadIntoTheScheme() {
    assertThat(BundledRecognition.of(nhs, List.of("primis-snomed-to-nhs-2001")).crosswalkIds())
        .containsExactly("primis-snomed-to-nhs-2001");
    assertThatThrownBy(() -> BundledRecognition.of(nhs, List.of("no-such")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("no-such");
    assertThatThrownBy(() -> BundledRecognition.of(nhs, List.of("nhs-2001-to-census-2021")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "crosswalk 'nhs-2001-to-census-2021' leads to 'ons-census-2021-england-wales', not to"
                + " 'nhs-ethnic-category-2001', the scheme values are recognised in");
  }
}
