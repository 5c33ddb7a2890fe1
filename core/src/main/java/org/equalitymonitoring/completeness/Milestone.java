package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;

/** A step towards a target: the proportion complete required by a date. Immutable. */
public final class Milestone {
  private final LocalDate date;
  private final double threshold;

  private Milestone(LocalDate date, double threshold) {
    this.date = date;
    this.threshold = threshold;
  }

  /**
   * Returns a milestone.
   *
   * @param date the date by which the threshold applies
   * @param threshold the proportion complete required, a fraction in (0, 1]
   * @return the milestone
   * @throws IllegalArgumentException if the threshold is outside (0, 1]
   */
  public static Milestone of(LocalDate date, double threshold) {
    return new Milestone(requireNonNull(date, "date"), Target.checkThreshold(threshold));
  }

  /** Returns the date by which the threshold applies. */
  public LocalDate date() {
    return date;
  }

  /** Returns the proportion complete required, a fraction. */
  public double threshold() {
    return threshold;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Milestone
        && date.equals(((Milestone) other).date)
        && threshold == ((Milestone) other).threshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, threshold);
  }

  @Override
  public String toString() {
    return threshold + " by " + date;
  }
}
