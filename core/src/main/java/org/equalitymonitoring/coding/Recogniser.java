package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;
import static org.equalitymonitoring.coding.NormalForms.fold;
import static org.equalitymonitoring.coding.NormalForms.labelKey;
import static org.equalitymonitoring.coding.NormalForms.strip;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Recognises raw recorded values against one scheme: codes in any case with stray white space
 * (including non-breaking spaces and tabs), legacy values, display and alternative labels, supplied
 * synonyms and supplied broad-group terms (such as "BAME") ignoring case, spacing and punctuation,
 * and, where the scheme says so, the national first character of an unknown two-character code.
 *
 * <p>A heading (a category that is not selectable, such as "Mixed") is recognised with status
 * HEADING, a broad-group term with status BROAD_GROUP and no category: neither is complete.
 *
 * <p>{@link #recognise(String)} never throws and costs one hash lookup, by the hash of the value's
 * label key, under which its codes, legacy values and labels are all filed (and a two-character
 * value one more, by national prefix); when the value is ASCII, the hash is computed and the keys
 * compared in passes over its characters without building strings; other values have their forms
 * built. No regular expressions are used. Instances are immutable and thread-safe.
 */
public final class Recogniser {
  static final Recognition MISSING =
      Recognition.withoutCategory(RecognitionStatus.MISSING, RecognitionRule.BLANK);
  static final Recognition UNRECOGNISED =
      Recognition.withoutCategory(RecognitionStatus.UNRECOGNISED, RecognitionRule.NONE);

  private final Scheme scheme;
  private final Map<String, Recognition> exact;
  private final Map<String, Recognition> folded;
  private final Map<String, Recognition> labels;
  private final Map<String, Recognition> nationalPrefixes;
  // Built on first use: a recogniser that is one of a chain's is seldom used on its own.
  private final Supplier<MatchIndex> index =
      Suppliers.memoize(() -> addTo(new MatchIndex.Builder(), Optional::of).build());

  private Recogniser(Scheme scheme, Map<String, String> synonyms, Set<String> broadGroupTerms) {
    this.scheme = scheme;
    Map<String, List<Category>> foldedCodes = new LinkedHashMap<>();
    Map<String, Recognition> exactMap = new HashMap<>();
    for (Category category : scheme.categories()) {
      exactMap.put(category.code(), Recognition.matched(category, RecognitionRule.CODE));
      foldedCodes.computeIfAbsent(fold(category.code()), k -> new ArrayList<>()).add(category);
    }
    Map<String, Recognition> foldedMap = new HashMap<>();
    foldedCodes.forEach(
        (key, matches) ->
            foldedMap.put(
                key,
                matches.size() == 1
                    ? Recognition.matched(
                        matches.get(0), RecognitionRule.CODE_IGNORING_CASE_AND_SPACE)
                    : Recognition.ambiguous(
                        matches, RecognitionRule.CODE_IGNORING_CASE_AND_SPACE)));
    for (LegacyValue legacy : scheme.legacyValues()) {
      Recognition recognition =
          legacy
              .code()
              .map(
                  code ->
                      Recognition.matched(
                          scheme.requireCategory(code), RecognitionRule.LEGACY_VALUE))
              .orElseGet(
                  () ->
                      Recognition.withoutCategory(
                          RecognitionStatus.of(legacy.kind()), RecognitionRule.LEGACY_VALUE));
      foldedMap.putIfAbsent(fold(strip(legacy.value())), recognition);
    }
    // Lower- and upper-case spellings of codes and legacy values are common enough to be looked up
    // without normalising the raw value first.
    foldedMap.forEach(
        (key, recognition) -> {
          exactMap.putIfAbsent(key, recognition);
          exactMap.putIfAbsent(key.toLowerCase(Locale.ROOT), recognition);
        });
    this.exact = exactMap;
    this.folded = foldedMap;
    Map<String, Recognition> labelMap = labelIndex(scheme, synonyms);
    Recognition broadGroup =
        Recognition.withoutCategory(
            RecognitionStatus.BROAD_GROUP, RecognitionRule.BROAD_GROUP_TERM);
    for (String term : broadGroupTerms) {
      labelMap.putIfAbsent(labelKey(term), broadGroup);
    }
    this.labels = labelMap;
    Map<String, Recognition> prefixes = new HashMap<>();
    if (scheme.info().firstCharacterIsNational()) {
      foldedMap.forEach(
          (key, recognition) -> {
            if (key.length() == 1 && recognition.category().isPresent()) {
              prefixes.put(
                  key,
                  Recognition.matched(
                      recognition.category().get(), RecognitionRule.NATIONAL_CODE_PREFIX));
            }
          });
    }
    this.nationalPrefixes = prefixes;
  }

  /** Returns the recognition of each value matched as given. */
  Map<String, Recognition> asGivenMatches() {
    return exact;
  }

  /** Returns the recognition of each folded form of a stripped value matched. */
  Map<String, Recognition> foldedMatches() {
    return folded;
  }

  /** Returns the recognition of each label key matched. */
  Map<String, Recognition> labelMatches() {
    return labels;
  }

  /**
   * Returns the recognition of each folded first character of a two-character value matched by its
   * national prefix; empty unless the scheme's first character is national.
   */
  Map<String, Recognition> prefixMatches() {
    return nationalPrefixes;
  }

  /**
   * Adds this recogniser's matches to an index as its next level, with what each leads to.
   *
   * @return the builder
   */
  MatchIndex.Builder addTo(
      MatchIndex.Builder builder, Function<Recognition, Optional<Recognition>> outcome) {
    return builder.add(asGivenMatches(), foldedMatches(), labelMatches(), prefixMatches(), outcome);
  }

  /**
   * Returns a recogniser for a scheme, using its codes, labels and legacy values.
   *
   * @param scheme the scheme, not null
   * @return the recogniser
   */
  public static Recogniser of(Scheme scheme) {
    return new Recogniser(requireNonNull(scheme, "scheme"), Map.of(), Set.of());
  }

  /**
   * Returns a recogniser that also accepts synonyms, such as free-text labels found in local
   * systems. A synonym is matched like a label: ignoring case, spacing and punctuation. Codes,
   * labels and alternative labels take precedence over synonyms.
   *
   * @param scheme the scheme, not null
   * @param synonyms synonym to code of the scheme, not null
   * @return the recogniser
   * @throws UnknownCodeException if a synonym names a code the scheme does not have
   * @throws IllegalArgumentException if a synonym is blank
   */
  public static Recogniser withSynonyms(Scheme scheme, Map<String, String> synonyms) {
    return withSynonyms(scheme, synonyms, Set.of());
  }

  /**
   * Returns a recogniser that also accepts synonyms and broad-group terms. A broad-group term, such
   * as "BAME" or "ethnic minorities", names an aggregate of several categories that is neither a
   * category nor a heading of the scheme: it is recognised with status {@link
   * RecognitionStatus#BROAD_GROUP}, rule {@link RecognitionRule#BROAD_GROUP_TERM} and no category.
   * Terms are matched like labels; codes, labels, alternative labels and synonyms take precedence.
   *
   * @param scheme the scheme, not null
   * @param synonyms synonym to code of the scheme, not null
   * @param broadGroupTerms the broad-group terms, not null
   * @return the recogniser
   * @throws UnknownCodeException if a synonym names a code the scheme does not have
   * @throws IllegalArgumentException if a synonym or term is blank
   */
  public static Recogniser withSynonyms(
      Scheme scheme, Map<String, String> synonyms, Set<String> broadGroupTerms) {
    requireNonNull(scheme, "scheme");
    synonyms.forEach(
        (synonym, code) -> {
          requireText(synonym, "synonym");
          scheme.requireCategory(code);
        });
    broadGroupTerms.forEach(term -> requireText(term, "broad-group term"));
    return new Recogniser(scheme, synonyms, broadGroupTerms);
  }

  private static void requireText(String text, String what) {
    if (labelKey(text).isEmpty()) {
      throw new IllegalArgumentException(
          what + " must contain a letter or digit, got '" + text + "'");
    }
  }

  /** Returns the scheme this recogniser reads values against. */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Recognises one raw value. Never throws.
   *
   * @param raw the value as found in a source system; null for a missing value
   * @return the recognition: category, status and the rule that decided it
   */
  public Recognition recognise(String raw) {
    if (raw == null) {
      return MISSING;
    }
    MatchIndex.Match first = index.get().first(raw);
    return first == null ? UNRECOGNISED : first.found();
  }

  private static Map<String, Recognition> labelIndex(Scheme scheme, Map<String, String> synonyms) {
    Map<String, Set<Category>> byLabel = new LinkedHashMap<>();
    Map<String, RecognitionRule> ruleByLabel = new HashMap<>();
    for (RecognitionRule rule :
        List.of(
            RecognitionRule.LABEL, RecognitionRule.ALTERNATIVE_LABEL, RecognitionRule.SYNONYM)) {
      Map<String, Set<Category>> level = new LinkedHashMap<>();
      if (rule == RecognitionRule.SYNONYM) {
        synonyms.forEach(
            (synonym, code) -> add(level, labelKey(synonym), scheme.requireCategory(code)));
      } else {
        for (Category category : scheme.categories()) {
          if (rule == RecognitionRule.LABEL) {
            add(level, labelKey(category.label()), category);
          } else {
            category.alternativeLabels().forEach(label -> add(level, labelKey(label), category));
          }
        }
      }
      level.forEach(
          (key, categories) -> {
            if (!key.isEmpty() && !byLabel.containsKey(key)) {
              byLabel.put(key, categories);
              ruleByLabel.put(key, rule);
            }
          });
    }
    Map<String, Recognition> index = new HashMap<>();
    byLabel.forEach(
        (key, categories) ->
            index.put(
                key,
                categories.size() == 1
                    ? Recognition.matched(categories.iterator().next(), ruleByLabel.get(key))
                    : Recognition.ambiguous(List.copyOf(categories), ruleByLabel.get(key))));
    return index;
  }

  /** Adds a category under a key once; a set, as many categories may share a label. */
  private static void add(Map<String, Set<Category>> index, String key, Category category) {
    index.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(category);
  }
}
