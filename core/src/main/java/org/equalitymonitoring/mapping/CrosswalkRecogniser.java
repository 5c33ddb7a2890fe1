package org.equalitymonitoring.mapping;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
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
 * when the recogniser is built, so {@link #recognise} never throws and costs a few hash lookups.
 * Immutable and thread-safe.
 */
public final class CrosswalkRecogniser {
  private final Recogniser primary;
  private final ImmutableList<Crosswalk> crosswalks;
  private final ImmutableList<Recogniser> others;
  private final ImmutableList<ImmutableMap<String, Recognition>> translated;

  private CrosswalkRecogniser(
      Recogniser primary,
      List<Crosswalk> crosswalks,
      List<Recogniser> others,
      List<ImmutableMap<String, Recognition>> translated) {
    this.primary = primary;
    this.crosswalks = ImmutableList.copyOf(crosswalks);
    this.others = ImmutableList.copyOf(others);
    this.translated = ImmutableList.copyOf(translated);
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
      Scheme primary,
      List<Crosswalk> crosswalks,
      java.util.function.Function<String, java.util.Optional<Scheme>> sources) {
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
      java.util.function.Function<String, java.util.Optional<Scheme>> sources) {
    requireNonNull(primaryRecogniser, "primaryRecogniser");
    Scheme primary = primaryRecogniser.scheme();
    requireNonNull(crosswalks, "crosswalks");
    requireNonNull(sources, "sources");
    Scheme target = primary.base().orElse(primary);
    List<Recogniser> others = new ArrayList<>();
    List<ImmutableMap<String, Recognition>> translated = new ArrayList<>();
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
      others.add(Recogniser.of(source));
      translated.add(ImmutableMap.copyOf(map));
    }
    return new CrosswalkRecogniser(primaryRecogniser, crosswalks, others, translated);
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
        return Recognition.withoutCategory(
            RecognitionStatus.UNRECOGNISED, RecognitionRule.CROSSWALK_UNMATCHED);
    }
  }

  /** Returns the crosswalks whose source schemes are recognised, in the order they are tried. */
  public List<Crosswalk> crosswalks() {
    return crosswalks;
  }

  /** Returns the scheme results are expressed in. */
  public Scheme scheme() {
    return primary.scheme();
  }

  /**
   * Recognises one raw value. Never throws.
   *
   * @param raw the value as found; null for a missing value
   * @return a recognition in the primary scheme
   */
  public Recognition recognise(String raw) {
    Recognition recognition = primary.recognise(raw);
    if (recognition.status() != RecognitionStatus.UNRECOGNISED) {
      return recognition;
    }
    for (int i = 0; i < others.size(); i++) {
      Recognition other = others.get(i).recognise(raw);
      if (other.category().isPresent()) {
        return translated.get(i).get(other.category().get().code());
      }
      if (other.status() == RecognitionStatus.AMBIGUOUS) {
        return Recognition.withoutCategory(
            RecognitionStatus.UNRECOGNISED, RecognitionRule.CROSSWALK_UNMATCHED);
      }
    }
    return recognition;
  }
}
