package org.equalitymonitoring.stats;

/**
 * Proportions with the Wilson score confidence interval (Newcombe &amp; Altman 2000, pp. 46-48), as
 * PHEindicatormethods {@code phe_proportion} / {@code wilson_lower} / {@code wilson_upper}.
 *
 * <pre>
 * lower = (2x + z² − z·sqrt(z² + 4x(1 − x/n))) / (2(n + z²))
 * upper = (2x + z² + z·sqrt(z² + 4x(1 − x/n))) / (2(n + z²))
 * </pre>
 *
 * <p>At {@code x = 0} the lower limit is exactly 0 and at {@code x = n} the upper limit is exactly
 * 1 (the formula's exact values; floating point can otherwise give 0.9999999999999999). Limits are
 * clamped to {@code [0, 1]} before the multiplier is applied.
 */
public final class WilsonScore {

  /** The method name, "Wilson". */
  public static final String METHOD = "Wilson";

  private WilsonScore() {}

  /**
   * Returns the proportion {@code x/n} with its Wilson score interval, multiplier 1.
   *
   * @param events the numerator x, a finite number {@code 0 <= x <= n}; need not be an integer
   * @param total the denominator n, a finite number {@code > 0}
   * @param confidence the confidence level
   * @return value {@code x/n} and interval, method "Wilson"
   * @throws IllegalArgumentException if {@code events < 0}, {@code total <= 0} or {@code events >
   *     total}, or either is not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate proportion(double events, double total, ConfidenceLevel confidence) {
    return proportion(events, total, confidence, 1);
  }

  /**
   * Returns the proportion {@code x/n · multiplier} with its Wilson score interval, also scaled by
   * the multiplier (100 gives a percentage).
   *
   * @param events the numerator x, a finite number {@code 0 <= x <= n}; need not be an integer
   * @param total the denominator n, a finite number {@code > 0}
   * @param confidence the confidence level
   * @param multiplier the scale factor, a finite number {@code > 0}
   * @return value {@code x/n·multiplier} and interval, method "Wilson"
   * @throws IllegalArgumentException if {@code events < 0}, {@code total <= 0}, {@code events >
   *     total}, or {@code multiplier <= 0}, or any is not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate proportion(
      double events, double total, ConfidenceLevel confidence, double multiplier) {
    Checks.multiplier(multiplier);
    Interval interval = interval(events, total, confidence);
    return Estimate.of(events / total * multiplier, interval.scaled(multiplier), confidence);
  }

  /**
   * Returns the Wilson score interval for the proportion {@code x/n}, on the scale 0 to 1.
   *
   * @param events the numerator x, a finite number {@code 0 <= x <= n}
   * @param total the denominator n, a finite number {@code > 0}
   * @param confidence the confidence level
   * @return the interval, within {@code [0, 1]}, method "Wilson"
   * @throws IllegalArgumentException if {@code events < 0}, {@code total <= 0} or {@code events >
   *     total}, or either is not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Interval interval(double events, double total, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    checkCounts(events, total);
    double z = confidence.z();
    return Interval.of(lower(events, total, z), upper(events, total, z), METHOD);
  }

  static void checkCounts(double events, double total) {
    Checks.nonNegative(events, "events");
    Checks.positive(total, "total");
    if (events > total) {
      throw new IllegalArgumentException(
          "events must be between 0 and total, got events="
              + Checks.formatNumber(events)
              + ", total="
              + Checks.formatNumber(total));
    }
  }

  static double lower(double x, double n, double z) {
    if (x == 0) {
      return 0;
    }
    double z2 = z * z;
    double value = (2 * x + z2 - z * Math.sqrt(z2 + 4 * x * (1 - x / n))) / (2 * (n + z2));
    return Math.min(1, Math.max(0, value));
  }

  static double upper(double x, double n, double z) {
    if (x == n) {
      return 1;
    }
    double z2 = z * z;
    double value = (2 * x + z2 + z * Math.sqrt(z2 + 4 * x * (1 - x / n))) / (2 * (n + z2));
    return Math.min(1, Math.max(0, value));
  }
}
