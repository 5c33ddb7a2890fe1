package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The recognisers' lookups, which build no strings for ASCII values and merge the tables of
 * recognisers tried in turn, give what the plain rules of {@link RecognitionReference} give, on
 * values made from the schemes' vocabulary and on random text.
 */
class RecognitionPropertyTest {
  private static final Recognition UNMATCHED =
      Recognition.withoutCategory(
          RecognitionStatus.UNRECOGNISED, RecognitionRule.CROSSWALK_UNMATCHED);

  private final Scheme nhs = TestSchemes.nhs2001();
  private final Map<String, String> synonyms =
      Map.of(
          "Filipino", "L", "Māori", "S", "British", "B", "Ελληνικά", "C", "Chinese – Other", "S");
  private final Set<String> broadGroupTerms =
      Set.of("BAME", "B.M.E.", "ethnic minorities", "Minorités");
  private final Recogniser primary = Recogniser.withSynonyms(nhs, synonyms, broadGroupTerms);
  // A source scheme with codes that differ only by case, a code shared with the primary, a label
  // shared by two categories and a legacy value that stands for no code.
  private final Scheme source =
      Scheme.of(
          info("source", false),
          List.of(
              Category.of("XaJRg", "Cypriot (part not stated)", CategoryKind.SUBSTANTIVE),
              Category.of("XaJRG", "Cornish", CategoryKind.SUBSTANTIVE),
              Category.of("A", "Somali", CategoryKind.SUBSTANTIVE),
              Category.of("92711000000100", "Indian", CategoryKind.SUBSTANTIVE),
              Category.builder("9i", "Other").alternativeLabels(List.of("Any other")).build(),
              Category.builder("9j", "Other - Any other")
                  .alternativeLabels(List.of("Any other", "Other"))
                  .build(),
              Category.of("312860002", "Refused", CategoryKind.NOT_STATED)),
          List.of(LegacyValue.of("declined", CategoryKind.NOT_STATED, Optional.empty(), "test")));
  // A second, national source scheme: its two-character values are read by their first.
  private final Scheme national =
      Scheme.of(
          info("national", true),
          List.of(
              Category.of("Q", "Welsh", CategoryKind.SUBSTANTIVE),
              Category.of("9", "Traveller", CategoryKind.SUBSTANTIVE),
              Category.of("Déclaré", "Stated", CategoryKind.SUBSTANTIVE)),
          List.of());
  private final List<Recogniser> recognisers =
      List.of(primary, Recogniser.of(source), Recogniser.of(national));
  private final List<String> vocabulary = vocabulary();

  private static SchemeInfo info(String id, boolean national) {
    return TestSchemes.info(id).firstCharacterIsNational(national).build();
  }

  private List<String> vocabulary() {
    List<String> words = new ArrayList<>(RecognitionReference.vocabulary(nhs));
    words.addAll(RecognitionReference.vocabulary(source));
    words.addAll(RecognitionReference.vocabulary(national));
    words.addAll(synonyms.keySet());
    words.addAll(broadGroupTerms);
    words.addAll(List.of("", " ", "Martian", "n/a", "A1", "Zz", "q ", "ß", "K"));
    return words;
  }

  @Test
  void eachRecogniserFollowsTheRules() {
    Set<RecognitionRule> rules = EnumSet.noneOf(RecognitionRule.class);
    qt().withExamples(20_000)
        .forAll(RecognitionReference.values(vocabulary))
        .checkAssert(
            raw -> {
              for (Recogniser recogniser : recognisers) {
                assertThat(recogniser.recognise(raw))
                    .as("%s in %s", raw, recogniser.scheme().id())
                    .isEqualTo(RecognitionReference.recognise(recogniser, raw));
                rules.add(recogniser.recognise(raw).rule());
              }
            });
    // The values reach every rule of a single recogniser.
    assertThat(rules)
        .containsAll(
            EnumSet.complementOf(
                EnumSet.of(RecognitionRule.CROSSWALK, RecognitionRule.CROSSWALK_UNMATCHED)));
  }

  @Test
  void aChainGivesTheFirstOutcomeOfItsRecognisersInTurn() {
    // As a crosswalk recogniser: the primary unless unrecognised, then sources' categories.
    List<Function<Recognition, Optional<Recognition>>> crosswalkLike =
        List.of(
            recognition ->
                recognition.status() == RecognitionStatus.UNRECOGNISED
                    ? Optional.empty()
                    : Optional.of(recognition),
            RecognitionPropertyTest::categoryOrUnmatched,
            RecognitionPropertyTest::categoryOrUnmatched);
    // Declining what the merged tables cannot decide alone: blank and not-known values of the
    // first recogniser, and accepting "nothing found" from the second.
    List<Function<Recognition, Optional<Recognition>>> declining =
        List.of(
            recognition ->
                recognition.status() == RecognitionStatus.UNRECOGNISED
                        || recognition.status() == RecognitionStatus.MISSING
                        || recognition.status() == RecognitionStatus.NOT_KNOWN
                    ? Optional.empty()
                    : Optional.of(recognition),
            recognition ->
                recognition.status() == RecognitionStatus.NOT_STATED
                    ? Optional.empty()
                    : Optional.of(recognition),
            Optional::of);
    for (List<Function<Recognition, Optional<Recognition>>> outcomes :
        List.of(crosswalkLike, declining)) {
      RecognitionChain chain = RecognitionChain.of(recognisers, outcomes);
      qt().withExamples(20_000)
          .forAll(RecognitionReference.values(vocabulary))
          .checkAssert(
              raw ->
                  assertThat(chain.recognise(raw))
                      .as(raw)
                      .isEqualTo(RecognitionReference.inTurn(recognisers, outcomes, raw)));
    }
  }

  private static Optional<Recognition> categoryOrUnmatched(Recognition recognition) {
    if (recognition.category().isPresent()) {
      return Optional.of(recognition);
    }
    return recognition.status() == RecognitionStatus.AMBIGUOUS
        ? Optional.of(UNMATCHED)
        : Optional.empty();
  }
}
