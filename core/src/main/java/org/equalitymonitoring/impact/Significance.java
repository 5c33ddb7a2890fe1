package org.equalitymonitoring.impact;

import java.util.Objects;
import org.equalitymonitoring.stats.Interval;

/**
 * Whether a group's figure is significantly higher or lower than its comparator, judged by whether
 * a confidence interval excludes a benchmark (1 for a ratio).
 */
public enum Significance {
  /** The whole interval lies above the benchmark. */
  HIGHER("higher"),
  /** The whole interval lies below the benchmark. */
  LOWER("lower"),
  /** The interval contains the benchmark, or a limit is undefined. */
  NOT_SIGNIFICANT("not significant");

  private final String label;

  Significance(String label) {
    this.label = label;
  }

  /**
   * Returns the label printed in reports: {@code "higher"}, {@code "lower"} or {@code "not
   * significant"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Compares an interval with a benchmark: {@link #HIGHER} if {@code lower > benchmark}, {@link
   * #LOWER} if {@code upper < benchmark}, otherwise {@link #NOT_SIGNIFICANT}. An undefined (NaN)
   * limit never makes a difference significant: a ratio with a zero count (interval {@code (0,
   * NaN)} or {@code (NaN, ∞)}, {@code STATISTICAL-METHODS.md} §8) is "not significant".
   *
   * @param interval the confidence interval (of a ratio, a share, or a rate)
   * @param benchmark the value of no difference: 1 for a ratio, the population share for a share,
   *     the reference value for a rate; a finite number
   * @return the significance
   * @throws NullPointerException if {@code interval} is null
   * @throws IllegalArgumentException if {@code benchmark} is not finite
   */
  public static Significance comparing(Interval interval, double benchmark) {
    Objects.requireNonNull(interval, "interval");
    if (!Double.isFinite(benchmark)) {
      throw new IllegalArgumentException(
          "benchmark must be a finite number, got benchmark=" + benchmark);
    }
    if (interval.lower() > benchmark) {
      return HIGHER;
    }
    if (interval.upper() < benchmark) {
      return LOWER;
    }
    return NOT_SIGNIFICANT;
  }
}
