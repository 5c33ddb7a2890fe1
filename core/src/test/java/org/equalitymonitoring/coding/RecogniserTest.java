package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecogniserTest {
  private final Scheme nhs = TestSchemes.nhs2001();
  private final Recogniser recogniser = Recogniser.of(nhs);

  private static SchemeInfo info(String id) {
    return TestSchemes.info(id).build();
  }

  @ParameterizedTest(name = "[{0}] -> {1} {2} by {3}")
  @CsvSource(
      delimiter = '|',
      value = {
        "A|A|CODED|CODE",
        "a|A|CODED|CODE_IGNORING_CASE_AND_SPACE",
        "' A '|A|CODED|CODE_IGNORING_CASE_AND_SPACE",
        "'\u00A0s\t'|S|CODED|CODE_IGNORING_CASE_AND_SPACE",
        "Z|Z|NOT_STATED|CODE",
        "z|Z|NOT_STATED|CODE_IGNORING_CASE_AND_SPACE",
        "99|99|NOT_KNOWN|CODE",
        "X|99|NOT_KNOWN|LEGACY_VALUE",
        "' x '|99|NOT_KNOWN|LEGACY_VALUE",
        "9|99|NOT_KNOWN|LEGACY_VALUE",
        "White - British|A|CODED|LABEL",
        "WHITE-BRITISH|A|CODED|LABEL",
        "white  british|A|CODED|LABEL",
        "Any other White background|C|CODED|ALTERNATIVE_LABEL",
        "not stated|Z|NOT_STATED|LABEL",
        "CA|C|CODED|NATIONAL_CODE_PREFIX",
        "n7|N|CODED|NATIONAL_CODE_PREFIX",
        "Asian or Asian British|Asian or Asian British|HEADING|CODE",
        "mixed|Mixed|HEADING|CODE_IGNORING_CASE_AND_SPACE",
      })
  void recognisesCodesLabelsAndLegacyValues(
      String raw, String code, RecognitionStatus status, RecognitionRule rule) {
    Recognition recognition = recogniser.recognise(raw);
    assertThat(recognition.code()).contains(code);
    assertThat(recognition.status()).isEqualTo(status);
    assertThat(recognition.rule()).isEqualTo(rule);
  }

  @Test
  void recognisesBroadGroupTermsWithoutACategoryAfterLabelsAndSynonyms() {
    Recogniser terms =
        Recogniser.withSynonyms(
            nhs, Map.of("bme", "S"), java.util.Set.of("BAME", "bme", "ethnic minorities", "Mixed"));
    Recognition bame = terms.recognise(" Bame. ");
    assertThat(bame.status()).isEqualTo(RecognitionStatus.BROAD_GROUP);
    assertThat(bame.rule()).isEqualTo(RecognitionRule.BROAD_GROUP_TERM);
    assertThat(bame.category()).isEmpty();
    assertThat(terms.recognise("Ethnic  Minorities").status())
        .isEqualTo(RecognitionStatus.BROAD_GROUP);
    // A synonym wins over a term with the same key, and the heading's code over both.
    assertThat(terms.recognise("BME").code()).contains("S");
    assertThat(terms.recognise("MIXED").status()).isEqualTo(RecognitionStatus.HEADING);
    // Without terms the same text is junk.
    assertThat(recogniser.recognise("BAME").status()).isEqualTo(RecognitionStatus.UNRECOGNISED);
  }

  @Test
  void rejectsABlankBroadGroupTerm() {
    assertThatThrownBy(() -> Recogniser.withSynonyms(nhs, Map.of(), java.util.Set.of(" - ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("broad-group term must contain a letter or digit, got ' - '");
  }

  @Test
  void reportsOtherKindsAsCoded() {
    Recognition other = recogniser.recognise("S");
    assertThat(other.status()).isEqualTo(RecognitionStatus.CODED);
    assertThat(other.category().orElseThrow().kind()).isEqualTo(CategoryKind.OTHER);
  }

  @Test
  void reportsMissingForNullAndBlank() {
    for (String raw : new String[] {null, "", "   ", "\t\u00A0\n", "\uFEFF"}) {
      Recognition recognition = recogniser.recognise(raw);
      assertThat(recognition.status()).as("[%s]", raw).isEqualTo(RecognitionStatus.MISSING);
      assertThat(recognition.rule()).isEqualTo(RecognitionRule.BLANK);
      assertThat(recognition.category()).isEmpty();
    }
  }

  @Test
  void reportsUnrecognisedValues() {
    for (String raw : new String[] {"Q", "QQ", "A1B", "Martian", "-", "0"}) {
      assertThat(recogniser.recognise(raw).status())
          .as(raw)
          .isEqualTo(RecognitionStatus.UNRECOGNISED);
    }
  }

  @Test
  void reportsAmbiguousLabelsWithTheirCandidates() {
    SchemeInfo info = info("two-others");
    Scheme scheme =
        Scheme.of(
            info,
            List.of(
                Category.builder("1", "Other").alternativeLabels(List.of("Any other")).build(),
                Category.builder("2", "Other - Any other")
                    .alternativeLabels(List.of("Any other"))
                    .build()),
            List.of());
    Recognition recognition = Recogniser.of(scheme).recognise("any other");
    assertThat(recognition.status()).isEqualTo(RecognitionStatus.AMBIGUOUS);
    assertThat(recognition.candidates()).extracting(Category::code).containsExactly("1", "2");
    // A display label outranks an alternative label of another category.
    assertThat(Recogniser.of(scheme).recognise("OTHER").code()).contains("1");
  }

  @Test
  void recognisesACodeWhoseUpperCaseHasOtherLettersThanTheValue() {
    SchemeInfo info = info("sharp");
    Scheme scheme = Scheme.of(info, List.of(Category.builder("SS", "Double s").build()), List.of());
    // The upper case of "ß" is "SS" (Unicode SpecialCasing): its label key "ß" is not that of "SS".
    Recognition recognition = Recogniser.of(scheme).recognise(" ß ");
    assertThat(recognition.code()).contains("SS");
    assertThat(recognition.rule()).isEqualTo(RecognitionRule.CODE_IGNORING_CASE_AND_SPACE);
  }

  @Test
  void aBlankValueIsMissingUnlessItIsACodeAsGiven() {
    // A no-break space is not blank to String.isBlank, so it can be a code; stripped, it is blank.
    Scheme scheme =
        Scheme.of(
            info("nbsp"), List.of(Category.builder("\u00A0", "No-break space").build()), List.of());
    Recognition code = Recogniser.of(scheme).recognise("\u00A0");
    assertThat(code.code()).contains("\u00A0");
    assertThat(code.rule()).isEqualTo(RecognitionRule.CODE);
    for (String blank : new String[] {"\u00A0\u00A0", " \u00A0", ""}) {
      assertThat(Recogniser.of(scheme).recognise(blank).status())
          .as(blank)
          .isEqualTo(RecognitionStatus.MISSING);
    }
  }

  @Test
  void aValueWhoseUpperCaseHasOtherLettersFindsTheMatchOfTheFirstRecogniserInAChain() {
    // "ß" is a synonym (a label) in one scheme and, in upper case, the code "SS" of the other.
    Scheme sharp =
        Scheme.of(info("sharp"), List.of(Category.builder("SS", "Double s").build()), List.of());
    Recogniser byCode = Recogniser.of(sharp);
    Recogniser byLabel = Recogniser.withSynonyms(nhs, Map.of("ß", "A"));
    for (List<Recogniser> chain : List.of(List.of(byCode, byLabel), List.of(byLabel, byCode))) {
      Recognition recognition =
          RecognitionChain.of(chain, List.of(Optional::of, Optional::of)).recognise("ß");
      assertThat(recognition).isEqualTo(chain.get(0).recognise("ß"));
    }
    assertThat(byCode.recognise("ß").rule())
        .isEqualTo(RecognitionRule.CODE_IGNORING_CASE_AND_SPACE);
    assertThat(byLabel.recognise("ß").rule()).isEqualTo(RecognitionRule.SYNONYM);
  }

  @Test
  void listsEachOfTwentyThousandCategoriesSharingALabelOnceAmongTheCandidates() {
    SchemeInfo info = info("many");
    List<Category> categories = new ArrayList<>();
    for (int i = 1; i <= 20_000; i++) {
      // The alternative label is listed twice, as a careless source might.
      categories.add(
          Category.builder("O" + i, "Other")
              .alternativeLabels(List.of("Any other", "Any  other"))
              .build());
    }
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () -> {
          Recogniser many = Recogniser.of(Scheme.of(info, categories, List.of()));
          Recognition label = many.recognise("other");
          assertThat(label.status()).isEqualTo(RecognitionStatus.AMBIGUOUS);
          assertThat(label.rule()).isEqualTo(RecognitionRule.LABEL);
          assertThat(label.candidates()).isEqualTo(categories);
          Recognition alternative = many.recognise("ANY OTHER");
          assertThat(alternative.rule()).isEqualTo(RecognitionRule.ALTERNATIVE_LABEL);
          assertThat(alternative.candidates()).isEqualTo(categories);
        });
  }

  @Test
  void reportsCodesThatDifferOnlyByCaseAsAmbiguousWhenCaseIsLost() {
    // CTV3 has XaJRg (Cypriot) and XaJRG (Cornish): exact codes win, folded ones are ambiguous.
    SchemeInfo info = info("ctv3");
    Scheme scheme =
        Scheme.of(
            info,
            List.of(
                Category.of("XaJRg", "Cypriot (part not stated)", CategoryKind.SUBSTANTIVE),
                Category.of("XaJRG", "Cornish", CategoryKind.SUBSTANTIVE)),
            List.of());
    Recogniser ctv3 = Recogniser.of(scheme);
    assertThat(ctv3.recognise("XaJRg").code()).contains("XaJRg");
    assertThat(ctv3.recognise("XaJRG").code()).contains("XaJRG");
    assertThat(ctv3.recognise("xajrg").status()).isEqualTo(RecognitionStatus.AMBIGUOUS);
  }

  @Test
  void acceptsSynonymsAfterLabels() {
    Recogniser withSynonyms = Recogniser.withSynonyms(nhs, Map.of("Filipino", "L", "British", "B"));
    assertThat(withSynonyms.recognise("filipino").code()).contains("L");
    assertThat(withSynonyms.recognise("filipino").rule()).isEqualTo(RecognitionRule.SYNONYM);
    // "British" is already the alternative label of A; the synonym does not override it.
    assertThat(withSynonyms.recognise("British").code()).contains("A");
  }

  @Test
  void rejectsSynonymsForUnknownCodes() {
    assertThatThrownBy(() -> Recogniser.withSynonyms(nhs, Map.of("Martian", "Q")))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("code 'Q' is not in scheme 'nhs-ethnic-category-2001'");
    assertThatThrownBy(() -> Recogniser.withSynonyms(nhs, Map.of(" - ", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("synonym must contain a letter or digit, got ' - '");
  }

  @Test
  void neverThrowsOnAnyString() {
    qt().forAll(strings().allPossible().ofLengthBetween(0, 12))
        .checkAssert(raw -> assertThat(recogniser.recognise(raw)).isNotNull());
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .checkAssert(raw -> assertThat(recogniser.recognise(raw).status()).isNotNull());
  }

  @Test
  void isStableUnderCaseAndWhitespaceVariantsOfAValidCode() {
    List<Category> selectable = nhs.categories().stream().filter(Category::selectable).toList();
    String[] spaces = {"", " ", "\t", "\u00A0", "  \u00A0", "\u202F"};
    qt().forAll(
            integers().between(0, selectable.size() - 1),
            integers().between(0, spaces.length - 1),
            integers().between(0, spaces.length - 1),
            integers().between(0, 2))
        .checkAssert(
            (index, before, after, casing) -> {
              String code = selectable.get(index).code();
              String cased =
                  casing == 0 ? code : casing == 1 ? code.toLowerCase() : code.toUpperCase();
              Recognition recognition =
                  recogniser.recognise(spaces[before] + cased + spaces[after]);
              assertThat(recognition.code()).contains(code);
            });
  }

  @Test
  void labelKeyIgnoresCasePunctuationSpacingAndAccents() {
    assertThat(NormalForms.labelKey("White - British")).isEqualTo("white british");
    assertThat(NormalForms.labelKey("  Māori ")).isEqualTo("maori");
    assertThat(NormalForms.labelKey("British, Mixed British")).isEqualTo("british mixed british");
    assertThat(NormalForms.labelKey("--")).isEmpty();
  }
}
