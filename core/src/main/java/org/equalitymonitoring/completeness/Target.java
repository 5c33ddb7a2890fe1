package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A completeness target such as "95% of records with a valid ethnic category by April", with
 * optional milestones on the way (80% by October, 90% by January). Immutable.
 */
public final class Target {
  private final double threshold;
  private final Optional<LocalDate> dueDate;
  private final ImmutableList<Milestone> milestones;

  private Target(double threshold, Optional<LocalDate> dueDate, List<Milestone> milestones) {
    this.threshold = threshold;
    this.dueDate = dueDate;
    this.milestones = ImmutableList.copyOf(milestones);
  }

  /**
   * Returns a target with no due date and no milestones.
   *
   * @param threshold the proportion complete required, a fraction in (0, 1]
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside (0, 1]
   */
  public static Target of(double threshold) {
    return new Target(checkThreshold(threshold), Optional.empty(), List.of());
  }

  /**
   * Returns a target with a due date and milestones; the due date is itself the last milestone.
   *
   * @param threshold the proportion complete required by the due date, a fraction in (0, 1]
   * @param dueDate the date by which the target applies
   * @param milestones earlier steps, each before the due date with a threshold not above the
   *     target's; in any order
   * @return the target
   * @throws IllegalArgumentException if the threshold is outside (0, 1], a milestone is not before
   *     the due date, two milestones share a date, or thresholds fall over time
   */
  public static Target of(double threshold, LocalDate dueDate, List<Milestone> milestones) {
    checkThreshold(threshold);
    requireNonNull(dueDate, "dueDate");
    List<Milestone> sorted = new ArrayList<>(milestones);
    sorted.sort(Comparator.comparing(Milestone::date));
    for (int i = 0; i < sorted.size(); i++) {
      Milestone milestone = sorted.get(i);
      if (!milestone.date().isBefore(dueDate)) {
        throw new IllegalArgumentException(
            "milestone " + milestone + " must be before the due date " + dueDate);
      }
      if (i > 0 && sorted.get(i - 1).date().equals(milestone.date())) {
        throw new IllegalArgumentException("two milestones share the date " + milestone.date());
      }
      double next = i + 1 < sorted.size() ? sorted.get(i + 1).threshold() : threshold;
      if (milestone.threshold() > next) {
        throw new IllegalArgumentException(
            "milestone thresholds must not fall over time, got " + milestone + " then " + next);
      }
    }
    sorted.add(Milestone.of(dueDate, threshold));
    return new Target(threshold, Optional.of(dueDate), sorted);
  }

  static double checkThreshold(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException(
          "a threshold must be a fraction in (0, 1], got " + threshold + " (write 95% as 0.95)");
    }
    return threshold;
  }

  /** Returns the proportion complete required, a fraction. */
  public double threshold() {
    return threshold;
  }

  /** Returns the due date, if any. */
  public Optional<LocalDate> dueDate() {
    return dueDate;
  }

  /** Returns the milestones in date order, ending with the due date's; empty without a due date. */
  public List<Milestone> milestones() {
    return milestones;
  }

  /**
   * Returns the threshold in force on a date: that of the latest milestone on or before it; none
   * before the first milestone. A target without a due date is in force on every date.
   *
   * @param date the date of the evaluation
   * @return the threshold required then, if any
   */
  public OptionalDouble requiredOn(LocalDate date) {
    requireNonNull(date, "date");
    if (dueDate.isEmpty()) {
      return OptionalDouble.of(threshold);
    }
    OptionalDouble required = OptionalDouble.empty();
    for (Milestone milestone : milestones) {
      if (!milestone.date().isAfter(date)) {
        required = OptionalDouble.of(milestone.threshold());
      }
    }
    return required;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Target
        && threshold == ((Target) other).threshold
        && dueDate.equals(((Target) other).dueDate)
        && milestones.equals(((Target) other).milestones);
  }

  @Override
  public int hashCode() {
    return Objects.hash(threshold, dueDate, milestones);
  }

  @Override
  public String toString() {
    return threshold + dueDate.map(d -> " by " + d).orElse("");
  }
}
