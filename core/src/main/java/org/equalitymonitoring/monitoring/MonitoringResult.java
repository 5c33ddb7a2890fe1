package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * The counts of a {@link MonitoringTally} at one moment: completeness by unit and period, known
 * records by ethnic group, and outcomes by group. Immutable and thread-safe.
 */
public final class MonitoringResult {
  private final Scheme scheme;
  private final CompletenessTally byUnit;
  private final CompletenessTally byPeriod;
  private final Map<String, long[]> outcomes;
  private final long outcomesMissing;

  MonitoringResult(
      Scheme scheme,
      CompletenessTally byUnit,
      CompletenessTally byPeriod,
      Map<String, long[]> outcomes,
      long outcomesMissing) {
    this.scheme = scheme;
    this.byUnit = byUnit;
    this.byPeriod = byPeriod;
    this.outcomes = outcomes;
    this.outcomesMissing = outcomesMissing;
  }

  /** Returns the scheme of the recognitions. */
  public Scheme scheme() {
    return scheme;
  }

  /** Returns how many records were counted. */
  public long records() {
    return byUnit.overall().total();
  }

  /** Returns the counts of every unit, sorted by unit. */
  public SortedMap<String, RecognitionCounts> units() {
    return byUnit.units();
  }

  /** Returns a new tally of the records by unit and recognition, as counted. */
  public CompletenessTally byUnit() {
    return CompletenessTally.create().merge(byUnit);
  }

  /** Returns the counts over all units. */
  public RecognitionCounts overall() {
    return byUnit.overall();
  }

  /** Returns the counts of every period, sorted by period; empty when periods were not given. */
  public SortedMap<String, RecognitionCounts> periods() {
    return byPeriod.units();
  }

  /**
   * Evaluates completeness by unit, as {@link CompletenessReport#of}.
   *
   * @param definition what counts as complete, not null
   * @param target the target, if any; not null
   * @param asOf the evaluation date, for milestones; not null
   * @param confidence the confidence level of the intervals, not null
   * @return the report, with units in unit order
   * @throws IllegalArgumentException if no record was counted
   */
  public CompletenessReport completeness(
      CompletenessDefinition definition,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence) {
    return CompletenessReport.of(byUnit, definition, target, asOf, confidence);
  }

  /**
   * Returns the records with a known ethnic category ({@link CompletenessDefinition#KNOWN}) by
   * their category of the base scheme (a sub-classification's category rolled up), sorted by code.
   */
  public SortedMap<String, Long> knownByGroup() {
    SortedMap<String, Long> byGroup = new TreeMap<>();
    for (Map.Entry<Recognition, Long> entry : byUnit.overall().byRecognition().entrySet()) {
      if (CompletenessDefinition.KNOWN.isComplete(entry.getKey())) {
        String code = scheme.rollUpToBase(entry.getKey().category().get()).code();
        byGroup.merge(code, entry.getValue(), Long::sum);
      }
    }
    return Collections.unmodifiableSortedMap(byGroup);
  }

  /**
   * Returns the outcomes by group of the base scheme, sorted by code: events, and records with a
   * known ethnic category and an outcome as the denominator; ready for {@link
   * org.equalitymonitoring.impact.ImpactAssessor#proportions}. Empty when no outcome was counted.
   */
  public List<GroupCount> outcomes() {
    List<GroupCount> counts = new ArrayList<>(outcomes.size());
    outcomes.forEach((group, c) -> counts.add(GroupCount.of(group, c[0], c[1])));
    return Collections.unmodifiableList(counts);
  }

  /** Returns how many records with a known ethnic category had no outcome recorded. */
  public long outcomesMissing() {
    return outcomesMissing;
  }

  /**
   * Returns the inputs of a representation against a population: for each group of the population
   * with a count, in the population's order, the known records of that group (0 if none) over its
   * population; with a population of broad groups, records count towards the heading of their
   * category. Known records of a group the population lacks are left out. Ready for {@link
   * org.equalitymonitoring.impact.ImpactAssessor#representation(List)}.
   *
   * @param population the population in the tally's base scheme, not null
   * @return one count per population group
   * @throws IllegalArgumentException if the population is of another scheme than the base scheme
   */
  public List<GroupCount> representation(PopulationDenominators population) {
    requireNonNull(population, "population");
    Scheme base = scheme.base().orElse(scheme);
    if (!population.schemeId().equals(base.id())) {
      throw new IllegalArgumentException(
          "the population is of scheme '"
              + population.schemeId()
              + "', not the base scheme '"
              + base.id()
              + "' of the records");
    }
    Map<String, Long> served = new TreeMap<>();
    knownByGroup()
        .forEach(
            (code, count) -> {
              String group =
                  population.byBroadGroup()
                      ? base.heading(base.requireCategory(code)).code()
                      : code;
              if (population.counts().containsKey(group)) {
                served.merge(group, count, Long::sum);
              }
            });
    List<GroupCount> counts = new ArrayList<>();
    population
        .counts()
        .forEach(
            (group, count) ->
                counts.add(GroupCount.of(group, served.getOrDefault(group, 0L), count)));
    return Collections.unmodifiableList(counts);
  }
}
