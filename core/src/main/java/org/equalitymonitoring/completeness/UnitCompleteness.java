package org.equalitymonitoring.completeness;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.FunnelSignificance;

/**
 * The completeness of one unit (or of all units together): counts, the proportion complete with its
 * Wilson interval, and where it stands against the target, its milestones and the other units.
 * Immutable.
 */
public final class UnitCompleteness {
  private final String unit;
  private final long total;
  private final long complete;
  private final Estimate proportion;
  private final TargetStatus meetsTarget;
  private final boolean significantlyBelowTarget;
  private final OptionalDouble requiredNow;
  private final Trajectory trajectory;
  private final Optional<FunnelSignificance> funnel;
  private final Optional<RecognitionCounts> counts;

  UnitCompleteness(
      String unit,
      long total,
      long complete,
      Estimate proportion,
      TargetStatus meetsTarget,
      boolean significantlyBelowTarget,
      OptionalDouble requiredNow,
      Trajectory trajectory,
      Optional<FunnelSignificance> funnel,
      Optional<RecognitionCounts> counts) {
    this.unit = unit;
    this.total = total;
    this.complete = complete;
    this.proportion = proportion;
    this.meetsTarget = meetsTarget;
    this.significantlyBelowTarget = significantlyBelowTarget;
    this.requiredNow = requiredNow;
    this.trajectory = trajectory;
    this.funnel = funnel;
    this.counts = counts;
  }

  /** Returns the unit ("" for the overall result). */
  public String unit() {
    return unit;
  }

  /** Returns the number of records. */
  public long total() {
    return total;
  }

  /** Returns the number of complete records. */
  public long complete() {
    return complete;
  }

  /** Returns the proportion complete as a fraction, with its Wilson score interval. */
  public Estimate proportion() {
    return proportion;
  }

  /**
   * Returns whether the proportion is at or above the target; {@link TargetStatus#NO_TARGET}
   * without a target.
   */
  public TargetStatus meetsTarget() {
    return meetsTarget;
  }

  /**
   * Returns whether the unit is significantly below the target: the upper confidence limit is below
   * it. False without a target.
   */
  public boolean significantlyBelowTarget() {
    return significantlyBelowTarget;
  }

  /** Returns the threshold of the milestone in force on the evaluation date, if any. */
  public OptionalDouble requiredNow() {
    return requiredNow;
  }

  /** Returns where the unit stands against the milestone in force. */
  public Trajectory trajectory() {
    return trajectory;
  }

  /**
   * Returns the unit's position on the funnel plot around the pooled proportion of all units (PHE
   * method); empty for the overall result.
   */
  public Optional<FunnelSignificance> funnel() {
    return funnel;
  }

  /** Returns how the unit's records were recognised; empty for pre-aggregated counts. */
  public Optional<RecognitionCounts> counts() {
    return counts;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof UnitCompleteness)) {
      return false;
    }
    UnitCompleteness that = (UnitCompleteness) other;
    return unit.equals(that.unit)
        && total == that.total
        && complete == that.complete
        && proportion.equals(that.proportion)
        && meetsTarget == that.meetsTarget
        && significantlyBelowTarget == that.significantlyBelowTarget
        && requiredNow.equals(that.requiredNow)
        && trajectory == that.trajectory
        && funnel.equals(that.funnel)
        && counts.equals(that.counts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, total, complete, proportion, trajectory, funnel);
  }

  @Override
  public String toString() {
    return (unit.isEmpty() ? "overall" : unit) + ": " + complete + "/" + total + " " + proportion;
  }
}
