package org.equalitymonitoring.mapping;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionChain;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;

/**
 * Recognises values recorded in a mix of schemes, such as NHS letters alongside SNOMED CT codes, as
 * categories of one scheme: a value the primary recogniser does not recognise is tried against each
 * other scheme in turn and translated through its crosswalk.
 *
 * <p>A translation to one target gives that category (rule CROSSWALK); to several, an AMBIGUOUS
 * result with the candidates; to none, the source concept's own status when it says "not stated" or
 * "not known", otherwise UNRECOGNISED (rule CROSSWALK_UNMATCHED). Translations are worked out once,
 * when the recogniser is built, and the schemes' lookup tables are merged ({@link
 * RecognitionChain}), so {@link #recognise} never throws and costs one hash lookup whatever the
 * number of crosswalks. Immutable and thread-safe.
 */
public final class CrosswalkRecogniser {
  private static final Recognition UNMATCHED =
      Recognition.withoutCategory(
          RecognitionStatus.UNRECOGNISED, RecognitionRule.CROSSWALK_UNMATCHED);

  private final Scheme scheme;
  private final ImmutableList<Crosswalk> crosswalks;
  private final RecognitionChain chain;

  private CrosswalkRecogniser(Scheme scheme, List<Crosswalk> crosswalks, RecognitionChain chain) {
    this.scheme = scheme;
    this.crosswalks = ImmutableList.copyOf(crosswalks);
    this.chain = chain;
  }

  /**
   * Returns a recogniser for values of a primary scheme and of the source schemes of crosswalks
   * into it, using the primary scheme's codes, labels and legacy values.
   *
   * @param primary the scheme results are expressed in
   * @param crosswalks crosswalks whose target is the primary scheme (or the scheme it extends),
   *     tried in order
   * @param sources finds each crosswalk's source scheme by id
   * @return the recogniser
   * @throws IllegalArgumentException if a crosswalk does not lead into the primary scheme or its
   *     source scheme cannot be found
   */
  public static CrosswalkRecogniser of(
      Scheme primary, List<Crosswalk> crosswalks, Function<String, Optional<Scheme>> sources) {
    return of(Recogniser.of(requireNonNull(primary, "primary")), crosswalks, sources);
  }

  /**
   * Returns a recogniser that reads values with a given recogniser of the primary scheme (one with
   * synonyms, for example) and values of the source schemes of crosswalks into it.
   *
   * @param primaryRecogniser recognises values of the scheme results are expressed in
   * @param crosswalks crosswalks whose target is the primary scheme (or the scheme it extends),
   *     tried in order
   * @param sources finds each crosswalk's source scheme by id
   * @return the recogniser
   * @throws IllegalArgumentException if a crosswalk does not lead into the primary scheme or its
   *     source scheme cannot be found
   */
  public static CrosswalkRecogniser of(
      Recogniser primaryRecogniser,
      List<Crosswalk> crosswalks,
      Function<String, Optional<Scheme>> sources) {
    requireNonNull(primaryRecogniser, "primaryRecogniser");
    Scheme primary = primaryRecogniser.scheme();
    requireNonNull(crosswalks, "crosswalks");
    requireNonNull(sources, "sources");
    Scheme target = primary.base().orElse(primary);
    List<Recogniser> recognisers = new ArrayList<>();
    List<Function<Recognition, Optional<Recognition>>> outcomes = new ArrayList<>();
    recognisers.add(primaryRecogniser);
    outcomes.add(
        recognition ->
            recognition.status() == RecognitionStatus.UNRECOGNISED
                ? Optional.empty()
                : Optional.of(recognition));
    for (Crosswalk crosswalk : crosswalks) {
      if (!crosswalk.info().targetSchemeId().equals(target.id())) {
        throw new IllegalArgumentException(
            "crosswalk '"
                + crosswalk.id()
                + "' leads to '"
                + crosswalk.info().targetSchemeId()
                + "', not to '"
                + target.id()
                + "'");
      }
      Scheme source =
          sources
              .apply(crosswalk.info().sourceSchemeId())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no scheme '"
                              + crosswalk.info().sourceSchemeId()
                              + "' for crosswalk '"
                              + crosswalk.id()
                              + "'"));
      Map<String, Recognition> map = new HashMap<>();
      for (Category category : source.categories()) {
        map.put(
            category.code(), translate(category, crosswalk.translate(category.code()), primary));
      }
      recognisers.add(Recogniser.of(source));
      outcomes.add(recognition -> outcomeOfSource(recognition, map));
    }
    return new CrosswalkRecogniser(primary, crosswalks, RecognitionChain.of(recognisers, outcomes));
  }

  /**
   * Returns what a source scheme's recognition gives: the translation of its category; an ambiguous
   * one is unmatched; any other lets the next source scheme try.
   */
  private static Optional<Recognition> outcomeOfSource(
      Recognition recognition, Map<String, Recognition> translations) {
    if (recognition.category().isPresent()) {
      return Optional.of(translations.get(recognition.category().get().code()));
    }
    if (recognition.status() == RecognitionStatus.AMBIGUOUS) {
      return Optional.of(UNMATCHED);
    }
    return Optional.empty();
  }

  private static Recognition translate(Category source, Translation translation, Scheme primary) {
    List<Category> targets = new ArrayList<>();
    for (String code : translation.targetCodes()) {
      targets.add(primary.requireCategory(code));
    }
    if (targets.size() == 1) {
      return Recognition.matched(targets.get(0), RecognitionRule.CROSSWALK);
    }
    if (targets.size() > 1) {
      return Recognition.ambiguous(targets, RecognitionRule.CROSSWALK);
    }
    switch (source.kind()) {
      case NOT_STATED:
        return Recognition.withoutCategory(
            RecognitionStatus.NOT_STATED, RecognitionRule.CROSSWALK_UNMATCHED);
      case NOT_KNOWN:
        return Recognition.withoutCategory(
            RecognitionStatus.NOT_KNOWN, RecognitionRule.CROSSWALK_UNMATCHED);
      default:
        return UNMATCHED;
    }
  }

  /** Returns the crosswalks whose source schemes are recognised, in the order they are tried. */
  public List<Crosswalk> crosswalks() {
    return crosswalks;
  }

  /** Returns the scheme results are expressed in. */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Recognises one raw value. Never throws.
   *
   * @param raw the value as found; null for a missing value
   * @return a recognition in the primary scheme
   */
  public Recognition recognise(String raw) {
    return chain.recognise(raw);
  }
}
