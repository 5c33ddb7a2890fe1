package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessTally;

/**
 * Counts the records of an extract for equality monitoring in one streaming pass: recognitions by
 * unit and by period (completeness), and, for records with a known ethnic category ({@link
 * CompletenessDefinition#KNOWN}), yes/no outcomes by ethnic group of the scheme's base scheme.
 * Memory grows with the number of distinct units, periods, recognitions and groups, never with
 * records.
 *
 * <p>Mutable and not thread-safe. Tallies of separate chunks, threads or partitions combine with
 * {@link #merge}, which is associative and commutative; {@link #result} takes an immutable
 * snapshot.
 */
public final class MonitoringTally {
  private final Scheme scheme;
  private final CompletenessTally byUnit = CompletenessTally.create();
  private final CompletenessTally byPeriod = CompletenessTally.create();

  /** Per group code of the base scheme: {events, records with an outcome}. */
  private final Map<String, long[]> outcomes = new TreeMap<>();

  private long outcomesMissing;

  private MonitoringTally(Scheme scheme) {
    this.scheme = scheme;
  }

  /**
   * Returns an empty tally of records recognised against a scheme.
   *
   * @param scheme the scheme of the recognitions (a standard or a local sub-classification whose
   *     categories roll up to its base scheme), not null
   * @return the tally
   */
  public static MonitoringTally create(Scheme scheme) {
    return new MonitoringTally(requireNonNull(scheme, "scheme"));
  }

  /** Returns the scheme of the recognitions. */
  public Scheme scheme() {
    return scheme;
  }

  /**
   * Counts one record without an outcome.
   *
   * @param unit the record's unit, not null ("" for a single unit)
   * @param period the record's period (such as an ISO date), or empty when periods are not
   *     monitored; not null
   * @param recognition how its ethnicity was recognised against {@link #scheme()}, not null
   * @return this tally
   */
  public MonitoringTally add(String unit, Optional<String> period, Recognition recognition) {
    return add(unit, period, recognition, 1L);
  }

  /**
   * Counts records without an outcome that share a unit, period and recognition, as many calls of
   * {@link #add(String, Optional, Recognition)}.
   *
   * @param unit the records' unit, not null ("" for a single unit)
   * @param period the records' period, or empty when periods are not monitored; not null
   * @param recognition how their ethnicity was recognised against {@link #scheme()}, not null
   * @param count how many records, {@code >= 0}
   * @return this tally
   * @throws IllegalArgumentException if the count is negative
   * @throws ArithmeticException if a count overflows a long
   */
  public MonitoringTally add(
      String unit, Optional<String> period, Recognition recognition, long count) {
    requireNonNull(period, "period");
    byUnit.add(unit, recognition, count);
    if (period.isPresent()) {
      byPeriod.add(period.get(), recognition, count);
    }
    return this;
  }

  /**
   * Counts one record of an extract whose outcome is monitored. The outcome counts only when the
   * record has a known ethnic category: then an event or no event counts towards its group of the
   * base scheme, and {@link Outcome#MISSING} as a record without an outcome.
   *
   * @param unit the record's unit, not null ("" for a single unit)
   * @param period the record's period, or empty when periods are not monitored; not null
   * @param recognition how its ethnicity was recognised against {@link #scheme()}, not null
   * @param outcome whether the outcome happened, or {@link Outcome#MISSING}; not null
   * @return this tally
   */
  public MonitoringTally add(
      String unit, Optional<String> period, Recognition recognition, Outcome outcome) {
    return add(unit, period, recognition, outcome, 1L);
  }

  /**
   * Counts records of an extract whose outcome is monitored that share a unit, period, recognition
   * and outcome, as many calls of {@link #add(String, Optional, Recognition, Outcome)}.
   *
   * @param unit the records' unit, not null ("" for a single unit)
   * @param period the records' period, or empty when periods are not monitored; not null
   * @param recognition how their ethnicity was recognised against {@link #scheme()}, not null
   * @param outcome whether the outcome happened, or {@link Outcome#MISSING}; not null
   * @param count how many records, {@code >= 0}
   * @return this tally
   * @throws IllegalArgumentException if the count is negative
   * @throws ArithmeticException if a count overflows a long
   */
  public MonitoringTally add(
      String unit, Optional<String> period, Recognition recognition, Outcome outcome, long count) {
    requireNonNull(outcome, "outcome");
    add(unit, period, recognition, count);
    // A count of 0 adds nothing, not even a group with no records.
    if (count > 0 && CompletenessDefinition.KNOWN.isComplete(recognition)) {
      if (outcome == Outcome.MISSING) {
        outcomesMissing = Math.addExact(outcomesMissing, count);
      } else {
        Category group = scheme.rollUpToBase(recognition.category().get());
        long[] counts = outcomes.computeIfAbsent(group.code(), g -> new long[2]);
        counts[0] = Math.addExact(counts[0], outcome == Outcome.EVENT ? count : 0);
        counts[1] = Math.addExact(counts[1], count);
      }
    }
    return this;
  }

  /**
   * Adds every count of another tally to this one; the other is unchanged.
   *
   * @param other a tally of the same scheme (by id), not null
   * @return this tally
   * @throws IllegalArgumentException if the other tally's scheme has another id
   */
  public MonitoringTally merge(MonitoringTally other) {
    requireNonNull(other, "other");
    if (!other.scheme.id().equals(scheme.id())) {
      throw new IllegalArgumentException(
          "cannot merge a tally of scheme '"
              + other.scheme.id()
              + "' into one of '"
              + scheme.id()
              + "'");
    }
    byUnit.merge(other.byUnit);
    byPeriod.merge(other.byPeriod);
    other.outcomes.forEach(
        (group, counts) -> {
          long[] mine = outcomes.computeIfAbsent(group, g -> new long[2]);
          mine[0] = Math.addExact(mine[0], counts[0]);
          mine[1] = Math.addExact(mine[1], counts[1]);
        });
    outcomesMissing = Math.addExact(outcomesMissing, other.outcomesMissing);
    return this;
  }

  /** Returns an immutable snapshot of the counts so far. */
  public MonitoringResult result() {
    Map<String, long[]> copy = new TreeMap<>();
    outcomes.forEach((group, counts) -> copy.put(group, counts.clone()));
    return new MonitoringResult(
        scheme,
        CompletenessTally.create().merge(byUnit),
        CompletenessTally.create().merge(byPeriod),
        copy,
        outcomesMissing);
  }
}
