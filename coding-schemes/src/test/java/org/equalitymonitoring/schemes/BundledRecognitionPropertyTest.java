package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionReference;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.junit.jupiter.api.Test;

/**
 * The default recognition gives what the plain rules give ({@link RecognitionReference}): the
 * primary scheme's recognition unless UNRECOGNISED, else that of each source scheme in turn,
 * translated through its crosswalk, on values made from the bundled vocabulary.
 */
class BundledRecognitionPropertyTest {
  private final BundledSchemes bundled = BundledSchemes.get();
  private final Scheme nhs = bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001);
  private final BundledRecognition recognition = BundledRecognition.defaults(nhs);

  @Test
  void defaultRecognitionFollowsTheRules() {
    List<Recogniser> recognisers = new ArrayList<>();
    List<Function<Recognition, Optional<Recognition>>> outcomes = new ArrayList<>();
    List<String> vocabulary = new ArrayList<>(RecognitionReference.vocabulary(nhs));
    vocabulary.addAll(bundled.synonyms(nhs.id()).keySet());
    vocabulary.addAll(bundled.broadGroupTerms(nhs.id()));
    recognisers.add(bundled.recogniser(nhs));
    outcomes.add(
        found ->
            found.status() == RecognitionStatus.UNRECOGNISED
                ? Optional.empty()
                : Optional.of(found));
    for (Crosswalk crosswalk : recognition.recogniser().crosswalks()) {
      Scheme source = bundled.requireScheme(crosswalk.info().sourceSchemeId());
      vocabulary.addAll(RecognitionReference.vocabulary(source));
      recognisers.add(Recogniser.of(source));
      outcomes.add(found -> translated(found, crosswalk));
    }
    assertThat(recognisers).hasSize(3);
    CrosswalkRecogniser recogniser = recognition.recogniser();
    Set<RecognitionRule> rules = EnumSet.noneOf(RecognitionRule.class);
    qt().withExamples(50_000)
        .forAll(RecognitionReference.values(vocabulary))
        .checkAssert(
            raw -> {
              assertThat(recognisers.get(0).recognise(raw))
                  .as(raw)
                  .isEqualTo(RecognitionReference.recognise(recognisers.get(0), raw));
              assertThat(recogniser.recognise(raw))
                  .as(raw)
                  .isEqualTo(RecognitionReference.inTurn(recognisers, outcomes, raw));
              rules.add(recogniser.recognise(raw).rule());
            });
    // The values reach every rule, translations through the crosswalks included.
    assertThat(rules).containsAll(EnumSet.allOf(RecognitionRule.class));
  }

  /**
   * A source scheme's category as its crosswalk translates it: one target, several (ambiguous), or
   * none (the source's own not stated or not known, else unmatched); an ambiguous source value is
   * unmatched; anything else lets the next source try.
   */
  private Optional<Recognition> translated(Recognition found, Crosswalk crosswalk) {
    if (found.status() == RecognitionStatus.AMBIGUOUS) {
      return Optional.of(unmatched(RecognitionStatus.UNRECOGNISED));
    }
    if (found.category().isEmpty()) {
      return Optional.empty();
    }
    Category category = found.category().get();
    List<Category> targets = new ArrayList<>();
    crosswalk
        .translate(category.code())
        .targetCodes()
        .forEach(code -> targets.add(nhs.requireCategory(code)));
    if (targets.size() == 1) {
      return Optional.of(Recognition.matched(targets.get(0), RecognitionRule.CROSSWALK));
    }
    if (targets.size() > 1) {
      return Optional.of(Recognition.ambiguous(targets, RecognitionRule.CROSSWALK));
    }
    switch (category.kind()) {
      case NOT_STATED:
        return Optional.of(unmatched(RecognitionStatus.NOT_STATED));
      case NOT_KNOWN:
        return Optional.of(unmatched(RecognitionStatus.NOT_KNOWN));
      default:
        return Optional.of(unmatched(RecognitionStatus.UNRECOGNISED));
    }
  }

  private static Recognition unmatched(RecognitionStatus status) {
    return Recognition.withoutCategory(status, RecognitionRule.CROSSWALK_UNMATCHED);
  }
}
