package org.equalitymonitoring.completeness;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The completeness of one period, with the change in the proportion complete since the period
 * before. Immutable.
 */
public final class PeriodCompleteness {
  private final String period;
  private final UnitCompleteness completeness;
  private final OptionalDouble change;

  PeriodCompleteness(String period, UnitCompleteness completeness, OptionalDouble change) {
    this.period = period;
    this.completeness = completeness;
    this.change = change;
  }

  /** Returns the period, as written in the data (such as {@code 2026-04}). */
  public String period() {
    return period;
  }

  /** Returns the evaluation of the period's records. */
  public UnitCompleteness completeness() {
    return completeness;
  }

  /**
   * Returns this period's proportion minus the previous period's, as a fraction (0.02 is two
   * percentage points); empty for the first period.
   */
  public OptionalDouble change() {
    return change;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PeriodCompleteness
        && period.equals(((PeriodCompleteness) other).period)
        && completeness.equals(((PeriodCompleteness) other).completeness)
        && change.equals(((PeriodCompleteness) other).change);
  }

  @Override
  public int hashCode() {
    return Objects.hash(period, completeness, change);
  }

  @Override
  public String toString() {
    return period + " " + completeness.proportion();
  }
}
