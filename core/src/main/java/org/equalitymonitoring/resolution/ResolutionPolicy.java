package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.equalitymonitoring.coding.RecognitionStatus;

/**
 * A per-person resolution policy: how to choose one ethnicity code among a person's records from
 * several sources and dates that may disagree, and how to say why.
 *
 * <p>A policy reads the records of its sources (all sources unless restricted), drops the records
 * its {@link UnknownDefinition} calls unknown, compares the remaining known codes (whole, or by
 * first character only), applies its {@link ResolutionStrategy} and then its {@link TieRule tie
 * rules} in order. The presets reproduce published pipelines; their Javadoc names the reference
 * text.
 *
 * <p>Instances are immutable and thread-safe; {@link #resolve} and {@link #resolveEach} may be
 * called concurrently. The result never depends on the order of one person's records.
 */
public final class ResolutionPolicy {
  private static final List<String> GDPPR_SOURCES =
      List.of(
          SourceIds.GP_JOURNAL, SourceIds.GP_PATIENT, SourceIds.APC, SourceIds.AE, SourceIds.OP);

  /**
   * The NHS Digital GDPPR ethnicity asset's unknowns: {@code Z}, {@code X}, {@code 99}, {@code 9}
   * in either case and blanks, and every record that is not CODED (SCHEMES.md §1.4, row "NHS
   * Digital ethnicity asset").
   */
  private static final UnknownDefinition GDPPR_UNKNOWN =
      UnknownDefinition.of(
          EnumSet.complementOf(EnumSet.of(RecognitionStatus.CODED)),
          Set.of("Z", "X", "99", "9"),
          Set.of());

  private static final ImmutableMap<String, Supplier<ResolutionPolicy>> PRESETS =
      ImmutableMap.of(
          "nhs-digital-gdppr-recency", ResolutionPolicy::nhsDigitalGdpprRecency,
          "nhs-digital-gdppr-modal", ResolutionPolicy::nhsDigitalGdpprModal,
          "opensafely-latest-primary-care", ResolutionPolicy::openSafelyLatestPrimaryCare,
          "opensafely-most-frequent-secondary-care",
              ResolutionPolicy::openSafelyMostFrequentSecondaryCare,
          "cvd-prevent-fill-if-missing", ResolutionPolicy::cvdPreventFillIfMissing);

  private final String name;
  private final ResolutionStrategy strategy;
  private final ImmutableList<String> sourcePriority;
  private final ImmutableMap<String, Integer> rankBySource;
  private final Optional<ImmutableSet<String>> sources;
  private final UnknownDefinition unknown;
  private final ImmutableList<TieRule> tieRules;
  private final boolean firstCharacterOnly;
  private final Optional<ResolutionPolicy> primary;
  private final Optional<ResolutionPolicy> fallback;

  private ResolutionPolicy(
      String name,
      ResolutionStrategy strategy,
      List<String> sourcePriority,
      Optional<ImmutableSet<String>> sources,
      UnknownDefinition unknown,
      List<TieRule> tieRules,
      boolean firstCharacterOnly,
      Optional<ResolutionPolicy> primary,
      Optional<ResolutionPolicy> fallback) {
    this.name = name;
    this.strategy = strategy;
    this.sourcePriority = ImmutableList.copyOf(sourcePriority);
    ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
    for (int i = 0; i < sourcePriority.size(); i++) {
      ranks.put(sourcePriority.get(i), i);
    }
    this.rankBySource = ranks.buildOrThrow();
    this.sources = sources;
    this.unknown = unknown;
    this.tieRules = ImmutableList.copyOf(tieRules);
    this.firstCharacterOnly = firstCharacterOnly;
    this.primary = primary;
    this.fallback = fallback;
  }

  // ------------------------------------------------------------------------------------ presets

  /**
   * Returns the NHS Digital GDPPR ethnicity asset's <b>recency method</b>, as USERS-AND-METRICS.md
   * §1.2 describes {@code NHSDigital/GDPPR_Analytical_Code Ethnic_Category} ("drop unknowns → pick
   * most recent record → conflicts resolved by source priority Journal &gt; Patient &gt; APC &gt;
   * AE &gt; OP → if the top-priority source still gives different codes on the latest date, set to
   * null"), with the unknowns of SCHEMES.md §1.4 ({@code Z}, {@code z}, {@code X}, {@code x},
   * {@code 99}, {@code 9}, blanks).
   *
   * <p>Sources: {@link SourceIds#GP_JOURNAL}, {@link SourceIds#GP_PATIENT}, {@link SourceIds#APC},
   * {@link SourceIds#AE}, {@link SourceIds#OP}, in that priority; records of other sources are
   * ignored. Strategy LATEST; tie rules SOURCE_PRIORITY then NULL. Not part of the policy, and left
   * to the caller: the asset's window (current and five prior years) and its exclusion of deceased
   * persons and non-England postcodes.
   *
   * @return the policy named {@code nhs-digital-gdppr-recency}
   */
  public static ResolutionPolicy nhsDigitalGdpprRecency() {
    return builder(ResolutionStrategy.LATEST)
        .name("nhs-digital-gdppr-recency")
        .sourcePriority(GDPPR_SOURCES)
        .onlySources(GDPPR_SOURCES)
        .unknown(GDPPR_UNKNOWN)
        .tieRules(TieRule.SOURCE_PRIORITY, TieRule.NULL)
        .build();
  }

  /**
   * Returns the NHS Digital GDPPR ethnicity asset's <b>modal method</b>, as USERS-AND-METRICS.md
   * §1.2 describes it ("Modal method: modal code; &gt;1 mode → null"), over the same five sources
   * and with the same unknowns as {@link #nhsDigitalGdpprRecency()}. Every known record counts
   * once; the reference does not say that the modal method removes duplicate records.
   *
   * @return the policy named {@code nhs-digital-gdppr-modal}
   */
  public static ResolutionPolicy nhsDigitalGdpprModal() {
    return builder(ResolutionStrategy.MOST_FREQUENT)
        .name("nhs-digital-gdppr-modal")
        .sourcePriority(GDPPR_SOURCES)
        .onlySources(GDPPR_SOURCES)
        .unknown(GDPPR_UNKNOWN)
        .tieRules(TieRule.NULL)
        .build();
  }

  /**
   * Returns OpenSAFELY's latest primary-care code, as USERS-AND-METRICS.md §1.1 quotes the ehrQL
   * how-to "Finding each patient's ethnicity": {@code
   * clinical_events.where(snomedct_code.is_in(codelist)).sort_by(date).last_for_patient()} with the
   * codelist {@code opensafely/ethnicity-snomed-0removed}, from which "Not stated" is deliberately
   * excluded.
   *
   * <p>Source: {@link SourceIds#GP_JOURNAL} only. Unknown: every record that is not CODED (a
   * concept outside the codelist, not stated or not known). Strategy LATEST. Where two known
   * records on the latest date disagree, ehrQL picks one row it does not specify; this policy gives
   * no code ({@link ResolutionRule#TIE_UNRESOLVED}) rather than a guess.
   *
   * @return the policy named {@code opensafely-latest-primary-care}
   */
  public static ResolutionPolicy openSafelyLatestPrimaryCare() {
    return builder(ResolutionStrategy.LATEST)
        .name("opensafely-latest-primary-care")
        .onlySources(List.of(SourceIds.GP_JOURNAL))
        .unknown(UnknownDefinition.notCoded())
        .tieRules(TieRule.NULL)
        .build();
  }

  /**
   * Returns OpenSAFELY's most frequent secondary-care (SUS) code, as USERS-AND-METRICS.md §1.1
   * ({@code patients.with_ethnicity_from_sus(use_most_frequent_code=True)}; ehrQL {@code
   * ethnicity_from_sus}, PR #1728) and SCHEMES.md §1.4 describe it: the most frequent code across
   * APCS, EC and OPA, "excluding NULL, {@code 99} and codes starting {@code Z}"; "only the first
   * (national) char is counted" ({@code CA} and {@code C} count together as {@code C}); "ties →
   * lexically greatest code".
   *
   * <p>Sources: {@link SourceIds#APC}, {@link SourceIds#AE}, {@link SourceIds#OP}. Unknown: records
   * without code, code {@code 99}, codes starting {@code Z}; nothing else is excluded, exactly as
   * the reference says (a record coded {@code X} counts as {@code X}). The chosen code is a first
   * character. The APC &gt; A&amp;E &gt; OP tie-breaker proposed in cohort-extractor#498 is open
   * and not applied.
   *
   * @return the policy named {@code opensafely-most-frequent-secondary-care}
   */
  public static ResolutionPolicy openSafelyMostFrequentSecondaryCare() {
    return builder(ResolutionStrategy.MOST_FREQUENT)
        .name("opensafely-most-frequent-secondary-care")
        .onlySources(List.of(SourceIds.APC, SourceIds.AE, SourceIds.OP))
        .unknown(
            UnknownDefinition.of(
                EnumSet.of(
                    RecognitionStatus.MISSING,
                    RecognitionStatus.UNRECOGNISED,
                    RecognitionStatus.AMBIGUOUS),
                Set.of("99"),
                Set.of("Z")))
        .firstCharacterOnly(true)
        .tieRules(TieRule.LEXICALLY_GREATEST)
        .build();
  }

  /**
   * Returns CVD PREVENT's "ethnicity enhancement", as USERS-AND-METRICS.md §1.2 describes {@code
   * NHSDigital/cvd-prevent-tool documentation/ethnicity_enhance.md}: "only enhance patients with
   * <i>no</i> valid code or <i>&gt;1</i> code on most recent record (stakeholders did not want
   * already-published figures to move); priority Journal &gt; Patient &gt; APC &gt; AE &gt; OP",
   * choosing recency over modality.
   *
   * <p>Primary: the most recent known {@link SourceIds#GP_JOURNAL} record, with no code when the
   * most recent date holds more than one code. Fallback, only where the primary gives no code: the
   * recency method over the five sources in that priority ({@link #nhsDigitalGdpprRecency()}'s
   * rules). The unknowns are those of the GDPPR asset. The reference does not give the enhancement
   * algorithm line by line; this is its reading of that summary.
   *
   * @return the policy named {@code cvd-prevent-fill-if-missing}
   */
  public static ResolutionPolicy cvdPreventFillIfMissing() {
    ResolutionPolicy journal =
        builder(ResolutionStrategy.LATEST)
            .name("cvd-prevent-primary-gp-journal")
            .onlySources(List.of(SourceIds.GP_JOURNAL))
            .unknown(GDPPR_UNKNOWN)
            .tieRules(TieRule.NULL)
            .build();
    ResolutionPolicy enhancement =
        builder(ResolutionStrategy.LATEST)
            .name("cvd-prevent-enhancement")
            .sourcePriority(GDPPR_SOURCES)
            .onlySources(GDPPR_SOURCES)
            .unknown(GDPPR_UNKNOWN)
            .tieRules(TieRule.SOURCE_PRIORITY, TieRule.NULL)
            .build();
    return fillIfMissing("cvd-prevent-fill-if-missing", journal, enhancement);
  }

  /**
   * Returns the names of the presets, in the order of this class: each is the {@link #name()} of
   * the preset {@link #preset(String)} returns for it.
   *
   * @return {@code nhs-digital-gdppr-recency}, {@code nhs-digital-gdppr-modal}, {@code
   *     opensafely-latest-primary-care}, {@code opensafely-most-frequent-secondary-care}, {@code
   *     cvd-prevent-fill-if-missing}
   */
  public static List<String> presetNames() {
    return PRESETS.keySet().asList();
  }

  /**
   * Returns the preset of a name, such as {@code nhs-digital-gdppr-recency} for {@link
   * #nhsDigitalGdpprRecency()}.
   *
   * @param name one of {@link #presetNames()}, compared exactly
   * @return the preset
   * @throws NullPointerException if name is null
   * @throws IllegalArgumentException if no preset has the name; the message lists the names
   */
  public static ResolutionPolicy preset(String name) {
    Supplier<ResolutionPolicy> preset = PRESETS.get(requireNonNull(name, "name"));
    if (preset == null) {
      throw new IllegalArgumentException(
          "unknown preset '" + name + "'; the presets are " + String.join(", ", presetNames()));
    }
    return preset.get();
  }

  // ---------------------------------------------------------------------------------- factories

  /**
   * Returns a builder of a policy with the LATEST, MOST_FREQUENT or SOURCE_PRIORITY strategy. The
   * defaults: name {@code custom}, every source, no source priority, unknown {@link
   * UnknownDefinition#notCoded()}, tie rules {@link TieRule#NULL}, whole codes compared.
   *
   * @param strategy the strategy; FILL_IF_MISSING is built with {@link #fillIfMissing}
   * @return a new builder
   * @throws NullPointerException if strategy is null
   * @throws IllegalArgumentException if strategy is FILL_IF_MISSING
   */
  public static Builder builder(ResolutionStrategy strategy) {
    requireNonNull(strategy, "strategy");
    if (strategy == ResolutionStrategy.FILL_IF_MISSING) {
      throw new IllegalArgumentException(
          "strategy "
              + strategy
              + " combines two policies: build it with ResolutionPolicy.fillIfMissing");
    }
    return new Builder(strategy);
  }

  /**
   * Returns a FILL_IF_MISSING policy: the primary policy's result where it gives a code ({@link
   * ResolutionRule#PRIMARY_SOURCE}), else the fallback policy's result ({@link
   * ResolutionRule#FILLED_FROM_SECONDARY}). Its known codes are those of both policies, so a
   * primary result that hospital data contradict shows as a conflict.
   *
   * @param name a name for audit, not blank
   * @param primary the policy whose result is kept, typically restricted to GP sources
   * @param fallback the policy used where the primary one gives no code
   * @return the policy; it considers the sources of either policy
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the name is blank
   */
  public static ResolutionPolicy fillIfMissing(
      String name, ResolutionPolicy primary, ResolutionPolicy fallback) {
    EthnicityRecord.requireNotBlank(name, "name");
    requireNonNull(primary, "primary");
    requireNonNull(fallback, "fallback");
    Optional<ImmutableSet<String>> sources =
        primary.sources.isPresent() && fallback.sources.isPresent()
            ? Optional.of(
                ImmutableSet.<String>builder()
                    .addAll(primary.sources.get())
                    .addAll(fallback.sources.get())
                    .build())
            : Optional.empty();
    return new ResolutionPolicy(
        name,
        ResolutionStrategy.FILL_IF_MISSING,
        List.of(),
        sources,
        UnknownDefinition.notCoded(),
        List.of(),
        false,
        Optional.of(primary),
        Optional.of(fallback));
  }

  // ---------------------------------------------------------------------------------- accessors

  /** Returns the policy's name, such as {@code nhs-digital-gdppr-recency}, for audit. */
  public String name() {
    return name;
  }

  /** Returns the strategy. */
  public ResolutionStrategy strategy() {
    return strategy;
  }

  /**
   * Returns the source ids from highest to lowest priority, used by SOURCE_PRIORITY; empty for a
   * FILL_IF_MISSING policy and where no priority was given.
   */
  public List<String> sourcePriority() {
    return sourcePriority;
  }

  /**
   * Returns the only sources whose records the policy considers; empty when it considers every
   * source.
   */
  public Optional<Set<String>> sources() {
    return sources.<Set<String>>map(s -> s);
  }

  /**
   * Returns what counts as unknown; for a FILL_IF_MISSING policy see {@link #primary()} and {@link
   * #fallback()}.
   */
  public UnknownDefinition unknown() {
    return unknown;
  }

  /** Returns the tie rules in the order they apply; empty for a FILL_IF_MISSING policy. */
  public List<TieRule> tieRules() {
    return tieRules;
  }

  /**
   * Returns whether codes are compared by their first character only (the national code of a
   * two-character local code), as ehrQL's {@code ethnicity_from_sus} does.
   */
  public boolean comparesFirstCharacterOnly() {
    return firstCharacterOnly;
  }

  /** Returns the primary policy of a FILL_IF_MISSING policy; empty for other strategies. */
  public Optional<ResolutionPolicy> primary() {
    return primary;
  }

  /** Returns the fallback policy of a FILL_IF_MISSING policy; empty for other strategies. */
  public Optional<ResolutionPolicy> fallback() {
    return fallback;
  }

  // --------------------------------------------------------------------------------- resolution

  /**
   * Resolves the records of one person.
   *
   * @param records the person's records, at least one, all with the same person key, in any order
   * @return the resolution
   * @throws NullPointerException if records is null or holds null
   * @throws IllegalArgumentException if records is empty or holds more than one person key
   */
  public Resolution resolve(Collection<EthnicityRecord> records) {
    requireNonNull(records, "records");
    if (records.isEmpty()) {
      throw new IllegalArgumentException("records must hold at least one record, got none");
    }
    PersonResolver resolver = newPersonResolver();
    for (EthnicityRecord record : records) {
      resolver.add(record);
    }
    return resolver.resolve();
  }

  /**
   * Returns an empty accumulator of one person's records that resolves them with this policy.
   *
   * @return a new resolver; not thread-safe
   */
  public PersonResolver newPersonResolver() {
    return new PersonResolver(this);
  }

  /**
   * Resolves a stream of records grouped by person, lazily: one resolution per person, in the order
   * persons appear, holding one person's records at a time. The source is read only as far as the
   * next resolution needs.
   *
   * @param records records whose persons are contiguous as {@code order} promises
   * @param order the promise about the records' order, and how much of it is checked
   * @return an iterator of resolutions; its {@code next()} throws {@link IllegalArgumentException}
   *     when it meets a record that breaks the promise (quoting the record's position, never its
   *     key) and {@link NullPointerException} for a null record
   * @throws NullPointerException if an argument is null
   */
  public Iterator<Resolution> resolveEach(Iterator<EthnicityRecord> records, InputOrder order) {
    return new GroupedResolutionIterator(
        this, requireNonNull(records, "records"), requireNonNull(order, "order"));
  }

  /**
   * Resolves a stream of records grouped by person, lazily, as {@link #resolveEach(Iterator,
   * InputOrder)} does. Closing the returned stream closes the source stream.
   *
   * @param records records whose persons are contiguous as {@code order} promises
   * @param order the promise about the records' order, and how much of it is checked
   * @return a sequential, ordered stream of resolutions, one per person
   * @throws NullPointerException if an argument is null
   */
  public Stream<Resolution> resolveEach(Stream<EthnicityRecord> records, InputOrder order) {
    requireNonNull(records, "records");
    Iterator<Resolution> iterator = resolveEach(records.iterator(), order);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(records::close);
  }

  // ----------------------------------------------------------------------------------- helpers

  boolean considers(EthnicityRecord record) {
    return sources.isEmpty() || sources.get().contains(record.source());
  }

  int sourceRank(String source) {
    return rankBySource.getOrDefault(source, sourcePriority.size());
  }

  String comparisonCode(String code) {
    return firstCharacterOnly ? code.substring(0, code.offsetByCodePoints(0, 1)) : code;
  }

  /** Returns the name, strategy and configuration. */
  @Override
  public String toString() {
    if (strategy == ResolutionStrategy.FILL_IF_MISSING) {
      return "ResolutionPolicy{name="
          + name
          + ", strategy="
          + strategy
          + ", primary="
          + primary.orElseThrow()
          + ", fallback="
          + fallback.orElseThrow()
          + "}";
    }
    return "ResolutionPolicy{name="
        + name
        + ", strategy="
        + strategy
        + ", sources="
        + sources.map(Object::toString).orElse("all")
        + ", sourcePriority="
        + sourcePriority
        + ", unknown="
        + unknown
        + ", tieRules="
        + tieRules
        + ", firstCharacterOnly="
        + firstCharacterOnly
        + "}";
  }

  /** Builds a LATEST, MOST_FREQUENT or SOURCE_PRIORITY policy. Not thread-safe. */
  public static final class Builder {
    private final ResolutionStrategy strategy;
    private String name = "custom";
    private List<String> sourcePriority = List.of();
    private Optional<ImmutableSet<String>> sources = Optional.empty();
    private UnknownDefinition unknown = UnknownDefinition.notCoded();
    private List<TieRule> tieRules = List.of(TieRule.NULL);
    private boolean firstCharacterOnly;

    private Builder(ResolutionStrategy strategy) {
      this.strategy = strategy;
    }

    /**
     * Sets the policy's name, for audit.
     *
     * @param name not blank
     * @return this builder
     * @throws NullPointerException if name is null
     * @throws IllegalArgumentException if name is blank
     */
    public Builder name(String name) {
      this.name = EthnicityRecord.requireNotBlank(name, "name");
      return this;
    }

    /**
     * Sets the source ids from highest to lowest priority. Sources not listed rank below every
     * listed one, equal to each other.
     *
     * @param sourcePriority distinct, non-blank source ids
     * @return this builder
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if a source id is blank or repeated
     */
    public Builder sourcePriority(List<String> sourcePriority) {
      this.sourcePriority = ImmutableList.copyOf(distinct(sourcePriority, "sourcePriority"));
      return this;
    }

    /**
     * Restricts the policy to the records of these sources; records of other sources are ignored
     * and not counted as considered.
     *
     * @param sources distinct, non-blank source ids, at least one
     * @return this builder
     * @throws NullPointerException if the list or an element is null
     * @throws IllegalArgumentException if the list is empty or a source id is blank or repeated
     */
    public Builder onlySources(List<String> sources) {
      Set<String> distinct = distinct(sources, "sources");
      if (distinct.isEmpty()) {
        throw new IllegalArgumentException("sources must name at least one source, got " + sources);
      }
      this.sources = Optional.of(ImmutableSet.copyOf(distinct));
      return this;
    }

    /**
     * Sets what counts as unknown.
     *
     * @param unknown the definition, not null
     * @return this builder
     */
    public Builder unknown(UnknownDefinition unknown) {
      this.unknown = requireNonNull(unknown, "unknown");
      return this;
    }

    /**
     * Sets the tie rules, applied in this order.
     *
     * @param tieRules distinct rules; an empty list means a tie gives no code, as {@link
     *     TieRule#NULL} does
     * @return this builder
     * @throws NullPointerException if an element is null
     */
    public Builder tieRules(TieRule... tieRules) {
      List<TieRule> rules = new ArrayList<>();
      for (TieRule rule : requireNonNull(tieRules, "tieRules")) {
        rules.add(requireNonNull(rule, "tieRules element"));
      }
      this.tieRules = List.copyOf(rules);
      return this;
    }

    /**
     * Sets whether codes are compared by their first character only, so that {@code CA} and {@code
     * C} count as {@code C} (ehrQL {@code ethnicity_from_sus}).
     *
     * @param firstCharacterOnly true to compare first characters
     * @return this builder
     */
    public Builder firstCharacterOnly(boolean firstCharacterOnly) {
      this.firstCharacterOnly = firstCharacterOnly;
      return this;
    }

    /**
     * Returns the policy after checking that its parts fit together.
     *
     * @return the policy
     * @throws IllegalArgumentException if a tie rule is repeated or follows NULL or
     *     LEXICALLY_GREATEST (it could never apply); if the LATEST tie rule is used with the LATEST
     *     strategy or the SOURCE_PRIORITY tie rule with the SOURCE_PRIORITY strategy (it could
     *     never break a tie); if SOURCE_PRIORITY (strategy or tie rule) has no source priority; or
     *     if a source in the priority is outside the sources the policy is restricted to
     */
    public ResolutionPolicy build() {
      Set<TieRule> seen = EnumSet.noneOf(TieRule.class);
      for (int i = 0; i < tieRules.size(); i++) {
        TieRule rule = tieRules.get(i);
        if (!seen.add(rule)) {
          throw new IllegalArgumentException("tie rule " + rule + " is repeated in " + tieRules);
        }
        if (i > 0
            && (tieRules.get(i - 1) == TieRule.NULL
                || tieRules.get(i - 1) == TieRule.LEXICALLY_GREATEST)) {
          throw new IllegalArgumentException(
              "tie rule "
                  + rule
                  + " follows "
                  + tieRules.get(i - 1)
                  + ", which always ends a tie, in "
                  + tieRules);
        }
      }
      if (strategy == ResolutionStrategy.LATEST && seen.contains(TieRule.LATEST)) {
        throw new IllegalArgumentException(
            "tie rule LATEST cannot break a tie left by strategy LATEST, got " + tieRules);
      }
      if (strategy == ResolutionStrategy.SOURCE_PRIORITY
          && seen.contains(TieRule.SOURCE_PRIORITY)) {
        throw new IllegalArgumentException(
            "tie rule SOURCE_PRIORITY cannot break a tie left by strategy SOURCE_PRIORITY, got "
                + tieRules);
      }
      if ((strategy == ResolutionStrategy.SOURCE_PRIORITY || seen.contains(TieRule.SOURCE_PRIORITY))
          && sourcePriority.isEmpty()) {
        throw new IllegalArgumentException(
            "source priority must name at least one source for SOURCE_PRIORITY, got "
                + sourcePriority);
      }
      if (sources.isPresent()) {
        for (String source : sourcePriority) {
          if (!sources.get().contains(source)) {
            throw new IllegalArgumentException(
                "source priority names '"
                    + source
                    + "', which is not one of the sources "
                    + sources.get());
          }
        }
      }
      return new ResolutionPolicy(
          name,
          strategy,
          sourcePriority,
          sources,
          unknown,
          tieRules,
          firstCharacterOnly,
          Optional.empty(),
          Optional.empty());
    }

    private static Set<String> distinct(List<String> values, String name) {
      requireNonNull(values, name);
      Set<String> result = new LinkedHashSet<>();
      for (String value : values) {
        EthnicityRecord.requireNotBlank(value, name + " element");
        if (!result.add(value)) {
          throw new IllegalArgumentException(
              name + " must not repeat a source, got '" + value + "' twice in " + values);
        }
      }
      return result;
    }
  }
}
