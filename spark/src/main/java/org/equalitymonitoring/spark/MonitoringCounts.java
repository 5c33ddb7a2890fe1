package org.equalitymonitoring.spark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * The counts of a {@link MonitoringAggregation}: records by unit and recognition, and outcomes by
 * group; small (one entry per distinct unit, recognition and group) and immutable.
 */
public final class MonitoringCounts {
  private final Scheme scheme;
  private final CompletenessTally completeness;
  private final SortedMap<String, Long> known;
  private final SortedMap<String, Long> events;
  private final SortedMap<String, Long> withOutcome;
  private final long outcomesMissing;

  private MonitoringCounts(Builder counts) {
    this.scheme = counts.scheme;
    this.completeness = counts.completeness;
    this.known = Collections.unmodifiableSortedMap(counts.known);
    this.events = counts.events;
    this.withOutcome = counts.withOutcome;
    this.outcomesMissing = counts.missing;
  }

  /** Returns the scheme the values were recognised against. */
  public Scheme scheme() {
    return scheme;
  }

  /** Returns a new tally of the records by unit and recognition, as core tallies them. */
  public CompletenessTally completeness() {
    return CompletenessTally.create().merge(completeness);
  }

  /**
   * Evaluates completeness by unit, as {@link CompletenessReport#of} does.
   *
   * @param definition what counts as complete, not null
   * @param target the target, if any; not null
   * @param asOf the evaluation date, for milestones; not null
   * @param confidence the confidence level of the intervals, not null
   * @return the report
   * @throws IllegalArgumentException if no record was counted
   */
  public CompletenessReport report(
      CompletenessDefinition definition,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence) {
    return CompletenessReport.of(completeness, definition, target, asOf, confidence);
  }

  /**
   * Returns the records with a known ethnic category ({@link CompletenessDefinition#KNOWN}) by
   * their category of the base scheme, sorted by code.
   */
  public SortedMap<String, Long> knownByGroup() {
    return known;
  }

  /**
   * Returns the outcomes by group of the base scheme, sorted by code: events, and records with a
   * known ethnic category and an outcome as the denominator; ready for {@link
   * org.equalitymonitoring.impact.ImpactAssessor#proportions}. Empty when no outcome was counted.
   */
  public List<GroupCount> outcomes() {
    List<GroupCount> counts = new ArrayList<>(events.size());
    events.forEach(
        (group, count) -> counts.add(GroupCount.of(group, count, withOutcome.get(group))));
    return Collections.unmodifiableList(counts);
  }

  /** Returns how many records with a known ethnic category had no outcome recorded. */
  public long outcomesMissing() {
    return outcomesMissing;
  }

  @Override
  public String toString() {
    return "MonitoringCounts{scheme=" + scheme.id() + ", " + completeness + "}";
  }

  /** Adds up the aggregation's counts; used once, on the driver. */
  static final class Builder {
    private final Scheme scheme;
    private final boolean withOutcomes;
    private final CompletenessTally completeness = CompletenessTally.create();
    private final SortedMap<String, Long> known = new TreeMap<>();
    private final SortedMap<String, Long> events = new TreeMap<>();
    private final SortedMap<String, Long> withOutcome = new TreeMap<>();
    private long missing;

    Builder(Scheme scheme, boolean withOutcomes) {
      this.scheme = scheme;
      this.withOutcomes = withOutcomes;
    }

    /**
     * Adds records that share a unit, recognition and outcome. As {@link
     * org.equalitymonitoring.monitoring.MonitoringTally#add} counts one record, an outcome counts
     * only for a known ethnic category, towards its group of the base scheme.
     *
     * @param event whether the outcome happened, null where it was not recorded
     */
    void add(String unit, Recognition recognition, Boolean event, long count) {
      completeness.add(unit, recognition, count);
      if (!CompletenessDefinition.KNOWN.isComplete(recognition)) {
        return;
      }
      String group = scheme.rollUpToBase(recognition.category().get()).code();
      known.merge(group, count, Math::addExact);
      if (!withOutcomes) {
        return;
      }
      if (event == null) {
        missing = Math.addExact(missing, count);
      } else {
        events.merge(group, event ? count : 0, Math::addExact);
        withOutcome.merge(group, count, Math::addExact);
      }
    }

    MonitoringCounts build() {
      return new MonitoringCounts(this);
    }
  }
}
