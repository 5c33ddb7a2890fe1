package org.equalitymonitoring.spark;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.monitoring.Outcome;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * The counts of a {@link MonitoringAggregation}: records by unit and recognition, and outcomes by
 * group; small (one entry per distinct unit, recognition and group) and immutable.
 */
public final class MonitoringCounts {
  private final MonitoringResult result;

  private MonitoringCounts(MonitoringResult result) {
    this.result = result;
  }

  /** Returns the scheme the values were recognised against. */
  public Scheme scheme() {
    return result.scheme();
  }

  /** Returns a new tally of the records by unit and recognition, as core tallies them. */
  public CompletenessTally completeness() {
    return result.byUnit();
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
    return result.completeness(definition, target, asOf, confidence);
  }

  /**
   * Returns the records with a known ethnic category ({@link CompletenessDefinition#KNOWN}) by
   * their category of the base scheme, sorted by code.
   */
  public SortedMap<String, Long> knownByGroup() {
    return result.knownByGroup();
  }

  /**
   * Returns the outcomes by group of the base scheme, sorted by code: events, and records with a
   * known ethnic category and an outcome as the denominator; ready for {@link
   * org.equalitymonitoring.impact.ImpactAssessor#proportions}. Empty when no outcome was counted.
   */
  public List<GroupCount> outcomes() {
    return result.outcomes();
  }

  /** Returns how many records with a known ethnic category had no outcome recorded. */
  public long outcomesMissing() {
    return result.outcomesMissing();
  }

  @Override
  public String toString() {
    return "MonitoringCounts{scheme=" + result.scheme().id() + ", " + result.byUnit() + "}";
  }

  /** Adds up the aggregation's counts, through core's {@link MonitoringTally}; used once. */
  static final class Builder {
    private final MonitoringTally tally;
    private final boolean withOutcomes;

    Builder(Scheme scheme, boolean withOutcomes) {
      this.tally = MonitoringTally.create(scheme);
      this.withOutcomes = withOutcomes;
    }

    /**
     * Adds records that share a unit, recognition and outcome, as {@link
     * MonitoringTally#add(String, Optional, Recognition, Outcome, long)} does.
     *
     * @param event whether the outcome happened, null where it was not recorded
     */
    void add(String unit, Recognition recognition, Boolean event, long count) {
      if (!withOutcomes) {
        tally.add(unit, Optional.empty(), recognition, count);
        return;
      }
      Outcome outcome = event == null ? Outcome.MISSING : event ? Outcome.EVENT : Outcome.NO_EVENT;
      tally.add(unit, Optional.empty(), recognition, outcome, count);
    }

    MonitoringCounts build() {
      return new MonitoringCounts(tally.result());
    }
  }
}
