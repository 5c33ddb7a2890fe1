package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.mapping.Crosswalk;

/**
 * A per-person resolution policy: how to choose one ethnicity code among a person's records from
 * several sources and dates that may disagree, and how to say why.
 *
 * <p>A policy reads the records of its sources (all sources unless restricted), translates the
 * codes of sources that have a crosswalk ({@link Builder#mapCodes}), drops the records its {@link
 * UnknownDefinition} calls unknown, compares the remaining known codes (whole, or by first
 * character only), applies its {@link ResolutionStrategy} and then its {@link TieRule tie rules} in
 * order. The presets reproduce published pipelines; their Javadoc names the reference text. They
 * take the code lists and maps they need as arguments, so that this module holds no bundled data;
 * the {@code coding-schemes} module's {@code BundledPresets} wires them with the bundled data and
 * looks them up by name.
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

  private final String name;
  private final ResolutionStrategy strategy;
  private final ImmutableMap<String, Integer> rankBySource;
  private final ImmutableMap<String, SourceCodeMap> codeMaps;
  private final ImmutableMap<String, String> broadGroups;
  private final Optional<ImmutableSet<String>> sources;
  private final UnknownDefinition unknown;
  private final ImmutableList<TieRule> tieRules;
  private final boolean firstCharacterOnly;
  private final boolean eachCodeOncePerSource;
  private final Optional<RecordDates> recordDates;
  private final Optional<ResolutionPolicy> primary;
  private final Optional<ResolutionPolicy> fallback;

  private ResolutionPolicy(
      String name,
      ResolutionStrategy strategy,
      Map<String, Integer> rankBySource,
      Map<String, SourceCodeMap> codeMaps,
      Map<String, String> broadGroups,
      Optional<ImmutableSet<String>> sources,
      UnknownDefinition unknown,
      List<TieRule> tieRules,
      boolean firstCharacterOnly,
      boolean eachCodeOncePerSource,
      Optional<RecordDates> recordDates,
      Optional<ResolutionPolicy> primary,
      Optional<ResolutionPolicy> fallback) {
    this.name = name;
    this.strategy = strategy;
    ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
    rankBySource.entrySet().stream()
        .sorted(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .forEach(ranks::put);
    this.rankBySource = ranks.buildOrThrow();
    this.codeMaps = ImmutableMap.copyOf(codeMaps);
    this.broadGroups = ImmutableMap.copyOf(broadGroups);
    this.sources = sources;
    this.unknown = unknown;
    this.tieRules = ImmutableList.copyOf(tieRules);
    this.firstCharacterOnly = firstCharacterOnly;
    this.eachCodeOncePerSource = eachCodeOncePerSource;
    this.recordDates = recordDates;
    this.primary = primary;
    this.fallback = fallback;
  }

  // ------------------------------------------------------------------------------------ presets

  /**
   * Returns the NHS Digital GDPPR ethnicity asset's <b>recency method</b>, as published in {@code
   * NHSDigital/GDPPR_Analytical_Code@12cde507 Ethnic_Category/Ethnicity_GDPPR+HES_Recent.sql} and
   * summarised in USERS-AND-METRICS.md §1.2 ("drop unknowns → pick most recent record → conflicts
   * resolved by source priority Journal &gt; Patient &gt; APC &gt; AE &gt; OP → if the top-priority
   * source still gives different codes on the latest date, set to null"), with the unknowns of
   * SCHEMES.md §1.4 ({@code Z}, {@code z}, {@code X}, {@code x}, {@code 99}, {@code 9}, blanks).
   *
   * <p>The SQL joins journal codes to NHS Digital's SNOMED CT map ({@code
   * ethnicity_reference_data_snomed.csv}, 489 concepts), keeps the concepts it maps and compares
   * their letters: so {@link SourceIds#GP_JOURNAL} records carry SNOMED CT concept ids, which this
   * policy translates through {@code journalMap} and drops when the map does not hold them ({@link
   * NotInCrosswalk#DROP}). Two journal concepts meaning {@code A} on the latest date give {@code
   * A}. The other sources' codes are compared as recorded.
   *
   * <p>Sources: {@link SourceIds#GP_JOURNAL}, {@link SourceIds#GP_PATIENT}, {@link SourceIds#APC},
   * {@link SourceIds#AE}, {@link SourceIds#OP}, in that priority; records of other sources are
   * ignored. Strategy LATEST; tie rules SOURCE_PRIORITY then NULL. Not part of the policy, and left
   * to the caller: the asset's window (current and five prior years) and its exclusion of deceased
   * persons and non-England postcodes.
   *
   * @param journalMap NHS Digital's SNOMED CT to letter map (bundled as {@code
   *     nhsd-gdppr-snomed-to-gdppr})
   * @return the policy named {@code nhs-digital-gdppr-recency}
   */
  public static ResolutionPolicy nhsDigitalGdpprRecency(Crosswalk journalMap) {
    return gdpprRecency("nhs-digital-gdppr-recency", journalMap);
  }

  /**
   * Returns the NHS Digital GDPPR ethnicity asset's <b>modal method</b>, as USERS-AND-METRICS.md
   * §1.2 describes it ("Modal method: modal code; &gt;1 mode → null") and {@code
   * Ethnicity_GDPPR+HES_Modal.sql} implements it, over the same five sources, with the same
   * unknowns and the same translation of journal concepts through {@code journalMap} as {@link
   * #nhsDigitalGdpprRecency}.
   *
   * <p>Each code counts once per source that records it ({@link
   * Builder#countEachCodeOncePerSource}): the SQL's {@code ALL_SOURCES_ETHNICITY_JOINED} selects
   * {@code NHS_NUMBER, ETHNICITY} and a constant {@code SOURCE} ({@code "Journal"}, {@code
   * "Patient"}, {@code "OP"}, {@code "AE"}, {@code "APC"}), without dates, and combines the five
   * selects with {@code UNION}, which keeps each row once; {@code JOURNALS_PER_ETHNICITY} then
   * counts the rows per person and code. So a code's count is the number of sources recording it (1
   * to 5), and a code in two sources beats one recorded on many dates in one. Codes with the
   * highest count tie; more than one gives null ({@code COUNT_ETHNICITIES = 1} in {@code
   * ETHNICITY_ASSET_MODAL}).
   *
   * @param journalMap NHS Digital's SNOMED CT to letter map (bundled as {@code
   *     nhsd-gdppr-snomed-to-gdppr})
   * @return the policy named {@code nhs-digital-gdppr-modal}
   */
  public static ResolutionPolicy nhsDigitalGdpprModal(Crosswalk journalMap) {
    return builder(ResolutionStrategy.MOST_FREQUENT)
        .name("nhs-digital-gdppr-modal")
        .sourcePriority(GDPPR_SOURCES)
        .onlySources(GDPPR_SOURCES)
        .mapCodes(journalMap, NotInCrosswalk.DROP, List.of(SourceIds.GP_JOURNAL))
        .unknown(GDPPR_UNKNOWN)
        .countEachCodeOncePerSource(true)
        .tieRules(TieRule.NULL)
        .build();
  }

  /**
   * Returns OpenSAFELY's latest primary-care code, as USERS-AND-METRICS.md §1.1 quotes the ehrQL
   * how-to "Finding each patient's ethnicity": {@code
   * clinical_events.where(snomedct_code.is_in(codelist)).sort_by(date).last_for_patient()}, then
   * {@code to_category(codelist)}, with the codelist {@code opensafely/ethnicity-snomed-0removed}
   * (599 concepts; "Not stated" and religion-like concepts such as "Hindu - ethnic category 2001
   * census" are not in it).
   *
   * <p>Source: {@link SourceIds#GP_JOURNAL} only, whose records carry SNOMED CT concept ids. Only
   * concepts of {@code codelist} count, whatever their recognition status ({@link
   * NotInCrosswalk#DROP}); each is compared by the category the codelist gives it, which is the
   * resolved code. Strategy LATEST. Where two codelist concepts of different categories share the
   * latest date, ehrQL picks one row it does not specify; this policy gives no code ({@link
   * ResolutionRule#TIE_UNRESOLVED}) rather than a guess.
   *
   * @param codelist the codelist as a crosswalk from its concepts to their {@code Grouping_16}
   *     letters (bundled as {@code opensafely-snomed-to-nhs-2001})
   * @return the policy named {@code opensafely-latest-primary-care}
   */
  public static ResolutionPolicy openSafelyLatestPrimaryCare(Crosswalk codelist) {
    return builder(ResolutionStrategy.LATEST)
        .name("opensafely-latest-primary-care")
        .onlySources(List.of(SourceIds.GP_JOURNAL))
        .mapCodes(codelist, NotInCrosswalk.DROP, List.of(SourceIds.GP_JOURNAL))
        .unknown(UnknownDefinition.of(Set.of(), Set.of(), Set.of()))
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
   * Returns CVD PREVENT's "ethnicity enhancement", as published in {@code
   * NHSDigital/cvd-prevent-tool documentation/ethnicity_enhance.md}: the ethnicity code of the
   * patient record (GDPPR.Patient, the CVDP extract's {@code ethnicity_code}) comes first ("All
   * options use the most recent CVDP patient ethnicity, as this is most likely to be accurate");
   * only "patients with no valid ethnicity value recorded against any of their CVDP records" or
   * "with more than one ethnicity value recorded against their most recent CVDP record" are
   * enhanced, by recency with the priority "GDPPR-Journal, GDPPR-Patient, HES-APC, HES-AE, HES-OP"
   * (option 1 of that page); "Z", "z", "X", "x", "99", "9", "", " " are invalid.
   *
   * <p>Primary: the most recent known {@link SourceIds#GP_PATIENT} record, dated by its extract,
   * with no code when that date holds more than one code. Fallback, only where the primary gives no
   * code: {@link #nhsDigitalGdpprRecency}'s rules, journal concepts translated through {@code
   * journalMap}.
   *
   * @param journalMap NHS Digital's SNOMED CT to letter map (bundled as {@code
   *     nhsd-gdppr-snomed-to-gdppr})
   * @return the policy named {@code cvd-prevent-fill-if-missing}
   */
  public static ResolutionPolicy cvdPreventFillIfMissing(Crosswalk journalMap) {
    ResolutionPolicy patientRecord =
        builder(ResolutionStrategy.LATEST)
            .name("cvd-prevent-primary-gp-patient")
            .onlySources(List.of(SourceIds.GP_PATIENT))
            .unknown(GDPPR_UNKNOWN)
            .tieRules(TieRule.NULL)
            .build();
    return fillIfMissing(
        "cvd-prevent-fill-if-missing",
        patientRecord,
        gdpprRecency("cvd-prevent-enhancement", journalMap));
  }

  /**
   * Returns the ethnicity curation of the BHF Data Science Centre's pipeline for the NHS England
   * Secure Data Environment, as published in {@code bhfdschds/hds_jf_pipeline_dev
   * hds_functions/curate_ethnicity.py} ({@code ethnicity_record_selection} with its defaults):
   * records of {@code gdppr_snomed}, {@code gdppr}, {@code hes_apc}, {@code hes_op} and {@code
   * hes_ae}; codes {@code ''}, {@code X}, {@code Z} and {@code 99} dropped; then the records of the
   * best source by the priority index {@code gdppr_snomed 1, gdppr 2, hes_apc 3, hes_op 4, hes_ae
   * 4}, and among them those of the most recent record date; ties flagged at the level of the
   * categories and of the five broad groups, with the tied codes and sources.
   *
   * <p>Sources: {@code gdppr_snomed} is {@link SourceIds#GP_JOURNAL} (SNOMED CT concept ids,
   * translated through {@code journalMap}, concepts outside it dropped), {@code gdppr} is {@link
   * SourceIds#GP_PATIENT}, {@code hes_apc} is {@link SourceIds#APC} (ETHNOS codes 0-9 of before
   * 2003 translated through {@code ethnosPre2003}, other codes kept), {@code hes_op} is {@link
   * SourceIds#OP} and {@code hes_ae} is {@link SourceIds#AE}. Strategy SOURCE_PRIORITY (OP and AE
   * rank equal); tie rules LATEST then NULL. Where codes still tie, the pipeline keeps one row at
   * random (Spark {@code rand(seed=124910)}), which cannot be reproduced here: this policy gives no
   * code and lists the tie in {@link Resolution#tiedRecords()}, with {@link
   * Resolution#tiedAtCategory()} and {@link Resolution#tiedAtBroadGroup()} as the pipeline's {@code
   * ethnicity_18_tie_flag} and {@code ethnicity_5_tie_flag}. Only the codes listed above are
   * unknown, whatever a record's recognition status, as in the pipeline. Only records dated from
   * 1900-01-01 to today are considered: every extraction drops rows without a {@code record_date}
   * and the selection keeps {@code min_record_date} to {@code max_record_date} (its defaults).
   *
   * @param journalMap the SNOMED CT to letter map of the pipeline's {@code
   *     ethnicity_categories_snomed_mapping.csv}, which holds NHS Digital's concepts and letters
   *     (bundled as {@code nhsd-gdppr-snomed-to-gdppr})
   * @param ethnosPre2003 the crosswalk of HES ETHNOS codes before 2003 to the 2001 letters (bundled
   *     as {@code hes-ethnos-pre-2003-to-nhs-2001})
   * @param broadGroups the broad group of each letter, as the pipeline's {@code
   *     ethnicity_categories.csv} gives it
   * @return the policy named {@code bhf-dsc-sde-curate-ethnicity}
   */
  public static ResolutionPolicy bhfDscSdeCurateEthnicity(
      Crosswalk journalMap, Crosswalk ethnosPre2003, Map<String, String> broadGroups) {
    return builder(ResolutionStrategy.SOURCE_PRIORITY)
        .name("bhf-dsc-sde-curate-ethnicity")
        .sourceRanks(
            Map.of(
                SourceIds.GP_JOURNAL, 1,
                SourceIds.GP_PATIENT, 2,
                SourceIds.APC, 3,
                SourceIds.OP, 4,
                SourceIds.AE, 4))
        .onlySources(GDPPR_SOURCES)
        .mapCodes(journalMap, NotInCrosswalk.DROP, List.of(SourceIds.GP_JOURNAL))
        .mapCodes(ethnosPre2003, NotInCrosswalk.KEEP, List.of(SourceIds.APC))
        .unknown(UnknownDefinition.of(Set.of(), Set.of("X", "Z", "99"), Set.of()))
        // ethnicity_record_selection keeps record_date from 1900-01-01 to current_date(), and
        // every extraction drops rows whose record_date is null.
        .onlyDatedRecords(LocalDate.of(1900, 1, 1), Clock.systemDefaultZone())
        .broadGroups(broadGroups)
        .tieRules(TieRule.LATEST, TieRule.NULL)
        .build();
  }

  private static ResolutionPolicy gdpprRecency(String name, Crosswalk journalMap) {
    return builder(ResolutionStrategy.LATEST)
        .name(name)
        .sourcePriority(GDPPR_SOURCES)
        .onlySources(GDPPR_SOURCES)
        .mapCodes(journalMap, NotInCrosswalk.DROP, List.of(SourceIds.GP_JOURNAL))
        .unknown(GDPPR_UNKNOWN)
        .tieRules(TieRule.SOURCE_PRIORITY, TieRule.NULL)
        .build();
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
        Map.of(),
        Map.of(),
        Map.of(),
        sources,
        UnknownDefinition.notCoded(),
        List.of(),
        false,
        false,
        Optional.empty(),
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
   * FILL_IF_MISSING policy and where no priority was given. Sources of equal rank ({@link
   * #sourceRanks()}) appear in the order of their ids.
   */
  public List<String> sourcePriority() {
    return rankBySource.keySet().asList();
  }

  /**
   * Returns the rank of each source in the priority, lower ranks first; sources of equal rank are
   * of equal priority. Empty where no priority was given.
   */
  public Map<String, Integer> sourceRanks() {
    return rankBySource;
  }

  /**
   * Returns the id of the crosswalk that translates each source's codes before they are compared
   * ({@link Builder#mapCodes}); empty for sources whose codes are compared as recorded.
   */
  public Map<String, String> crosswalkIdBySource() {
    return ImmutableMap.copyOf(Maps.transformValues(codeMaps, SourceCodeMap::crosswalkId));
  }

  /**
   * Returns the broad group of each code, used to report ties at the level of broad groups ({@link
   * Resolution#tiedAtBroadGroup()}); empty where the policy has none.
   */
  public Map<String, String> broadGroups() {
    return broadGroups;
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

  /**
   * Returns whether MOST_FREQUENT counts each code once per source that records it, rather than
   * once per record ({@link Builder#countEachCodeOncePerSource}).
   */
  public boolean countsEachCodeOncePerSource() {
    return eachCodeOncePerSource;
  }

  /**
   * Returns the earliest record date the policy considers, where it considers only dated records
   * from that day to today ({@link Builder#onlyDatedRecords}); empty where every record counts.
   */
  public Optional<LocalDate> earliestRecordDate() {
    return recordDates.map(dates -> dates.earliest);
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
    return (sources.isEmpty() || sources.get().contains(record.source()))
        && recordDates.map(dates -> dates.contain(record.date())).orElse(true);
  }

  /** The window of record dates a policy considers: dated records from a day to today only. */
  private static final class RecordDates {
    private final LocalDate earliest;
    private final Clock clock;

    RecordDates(LocalDate earliest, Clock clock) {
      this.earliest = earliest;
      this.clock = clock;
    }

    boolean contain(Optional<LocalDate> date) {
      return date.isPresent()
          && !date.get().isBefore(earliest)
          && !date.get().isAfter(LocalDate.now(clock));
    }

    @Override
    public String toString() {
      return earliest + " to today";
    }
  }

  int sourceRank(String source) {
    return rankBySource.getOrDefault(source, Integer.MAX_VALUE);
  }

  /**
   * Returns the code a known record is compared by: its code after the source's crosswalk, first
   * character only where the policy says so; null for a record that is dropped or unknown.
   */
  String knownKey(EthnicityRecord record) {
    if (record.code().isEmpty()) {
      return null;
    }
    String code = record.code().get();
    SourceCodeMap map = codeMaps.get(record.source());
    if (map != null) {
      code = map.map(code);
    }
    if (code == null || unknown.isUnknown(record.status(), code)) {
      return null;
    }
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
        + ", sourceRanks="
        + rankBySource
        + (codeMaps.isEmpty() ? "" : ", codeMaps=" + codeMaps)
        + (broadGroups.isEmpty() ? "" : ", broadGroups=" + broadGroups.size() + " codes")
        + ", unknown="
        + unknown
        + ", tieRules="
        + tieRules
        + ", firstCharacterOnly="
        + firstCharacterOnly
        + (eachCodeOncePerSource ? ", eachCodeOncePerSource=true" : "")
        + recordDates.map(dates -> ", recordDates=" + dates).orElse("")
        + "}";
  }

  /** Builds a LATEST, MOST_FREQUENT or SOURCE_PRIORITY policy. Not thread-safe. */
  public static final class Builder {
    private final ResolutionStrategy strategy;
    private String name = "custom";
    private Map<String, Integer> sourceRanks = Map.of();
    private final Map<String, SourceCodeMap> codeMaps = new LinkedHashMap<>();
    private Map<String, String> broadGroups = Map.of();
    private Optional<ImmutableSet<String>> sources = Optional.empty();
    private UnknownDefinition unknown = UnknownDefinition.notCoded();
    private List<TieRule> tieRules = List.of(TieRule.NULL);
    private boolean firstCharacterOnly;
    private boolean eachCodeOncePerSource;
    private Optional<RecordDates> recordDates = Optional.empty();

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
      List<String> distinct = ImmutableList.copyOf(distinct(sourcePriority, "sourcePriority"));
      ImmutableMap.Builder<String, Integer> ranks = ImmutableMap.builder();
      for (int i = 0; i < distinct.size(); i++) {
        ranks.put(distinct.get(i), i);
      }
      this.sourceRanks = ranks.buildOrThrow();
      return this;
    }

    /**
     * Sets the rank of each source in the priority, lower ranks first; sources of equal rank are of
     * equal priority (BHF DSC: {@code hes_op 4, hes_ae 4}). Sources not listed rank below every
     * listed one, equal to each other. Replaces any {@link #sourcePriority}.
     *
     * @param sourceRanks non-blank source ids and their ranks
     * @return this builder
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a source id is blank
     */
    public Builder sourceRanks(Map<String, Integer> sourceRanks) {
      requireNonNull(sourceRanks, "sourceRanks");
      sourceRanks.forEach(
          (source, rank) -> {
            EthnicityRecord.requireNotBlank(source, "sourceRanks key");
            requireNonNull(rank, "sourceRanks value");
          });
      this.sourceRanks = ImmutableMap.copyOf(sourceRanks);
      return this;
    }

    /**
     * Translates the codes of these sources through a crosswalk before they are compared, as
     * pipelines that map GP journal SNOMED CT concepts to letters do. A code with exactly one
     * target is compared (and resolved) as that target, which the unknown definition then judges; a
     * code the crosswalk leaves without a single target is dropped; a code not in the crosswalk is
     * dropped or kept as {@code notInCrosswalk} says.
     *
     * @param crosswalk the crosswalk, such as NHS Digital's SNOMED CT map
     * @param notInCrosswalk what to do with codes the crosswalk does not hold
     * @param sources the sources whose codes it translates, at least one, none already mapped
     * @return this builder
     * @throws NullPointerException if an argument or element is null
     * @throws IllegalArgumentException if sources is empty or a source already has a crosswalk
     */
    public Builder mapCodes(
        Crosswalk crosswalk, NotInCrosswalk notInCrosswalk, List<String> sources) {
      requireNonNull(crosswalk, "crosswalk");
      requireNonNull(notInCrosswalk, "notInCrosswalk");
      Set<String> distinct = distinct(sources, "sources");
      if (distinct.isEmpty()) {
        throw new IllegalArgumentException("sources must name at least one source, got " + sources);
      }
      SourceCodeMap map = SourceCodeMap.of(crosswalk, notInCrosswalk);
      for (String source : distinct) {
        SourceCodeMap earlier = codeMaps.putIfAbsent(source, map);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "source '"
                  + source
                  + "' already has crosswalk '"
                  + earlier.crosswalkId()
                  + "', got '"
                  + crosswalk.id()
                  + "'");
        }
      }
      return this;
    }

    /**
     * Sets the broad group of each code (as compared, after any crosswalk), so that resolutions
     * report whether a tie spans broad groups ({@link Resolution#tiedAtBroadGroup()}).
     *
     * @param broadGroups codes and their broad groups, not blank
     * @return this builder
     * @throws NullPointerException if the map, a key or a value is null
     * @throws IllegalArgumentException if a code or group is blank
     */
    public Builder broadGroups(Map<String, String> broadGroups) {
      requireNonNull(broadGroups, "broadGroups");
      broadGroups.forEach(
          (code, group) -> {
            EthnicityRecord.requireNotBlank(code, "broadGroups key");
            EthnicityRecord.requireNotBlank(group, "broadGroups value");
          });
      this.broadGroups = ImmutableMap.copyOf(broadGroups);
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
     * Sets whether the MOST_FREQUENT strategy counts each code once per source that records it (the
     * number of distinct sources, as NHS Digital's GDPPR modal SQL counts the rows of a {@code
     * UNION} of person, code and source) rather than once per record.
     *
     * @param eachCodeOncePerSource true to count distinct sources
     * @return this builder
     */
    public Builder countEachCodeOncePerSource(boolean eachCodeOncePerSource) {
      this.eachCodeOncePerSource = eachCodeOncePerSource;
      return this;
    }

    /**
     * Considers only records dated from {@code earliest} to today (by {@code clock}): undated,
     * older and future-dated records are left out, as pipelines that filter on a record date do. By
     * default every record counts, an undated one as older than any dated one.
     *
     * @param earliest the earliest record date considered
     * @param clock what "today" is, read at each resolution
     * @return this builder
     */
    public Builder onlyDatedRecords(LocalDate earliest, Clock clock) {
      this.recordDates =
          Optional.of(
              new RecordDates(
                  requireNonNull(earliest, "earliest"), requireNonNull(clock, "clock")));
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
     *     if a source in the priority is outside the sources the policy is restricted to; or if
     *     codes are counted once per source with a strategy other than MOST_FREQUENT
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
          && sourceRanks.isEmpty()) {
        throw new IllegalArgumentException(
            "source priority must name at least one source for SOURCE_PRIORITY, got "
                + sourceRanks.keySet());
      }
      if (eachCodeOncePerSource && strategy != ResolutionStrategy.MOST_FREQUENT) {
        throw new IllegalArgumentException(
            "counting each code once per source applies to strategy MOST_FREQUENT only, got "
                + strategy);
      }
      if (sources.isPresent()) {
        for (String source : sourceRanks.keySet()) {
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
          sourceRanks,
          codeMaps,
          broadGroups,
          sources,
          unknown,
          tieRules,
          firstCharacterOnly,
          eachCodeOncePerSource,
          recordDates,
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
