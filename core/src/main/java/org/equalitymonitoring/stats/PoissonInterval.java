package org.equalitymonitoring.stats;

import java.util.OptionalDouble;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Confidence limits for a Poisson count: exact (chi-square) limits for counts below 10 and Byar's
 * approximation (Breslow &amp; Day 1987) for counts of 10 or more, as PHEindicatormethods {@code
 * phe_rate}, {@code calculate_ISRatio} and {@code calculate_ISRate}.
 *
 * <pre>
 * byars_lower(x) = x·(1 − 1/(9x) − z/(3√x))³
 * byars_upper(x) = (x+1)·(1 − 1/(9(x+1)) + z/(3√(x+1)))³
 * exact_lower(x) = qchisq((1−conf)/2, 2x)/2                 (0 when x = 0)
 * exact_upper(x) = qchisq(conf + (1−conf)/2, 2x+2)/2
 * </pre>
 *
 * <p>Counts need not be integers (for example a weighted observed count); the chi-square quantile
 * then has a non-integer number of degrees of freedom.
 */
public final class PoissonInterval {

  /** Method name for the exact limits, "Exact". */
  public static final String EXACT = "Exact";

  /** Method name for Byar's limits, "Byars". */
  public static final String BYARS = "Byars";

  /** Counts below this threshold use the exact limits; counts at or above it use Byar's. */
  public static final double EXACT_BELOW = 10;

  private PoissonInterval() {}

  /**
   * Returns the confidence interval for a Poisson count, exact if {@code count < 10} and Byar's
   * otherwise.
   *
   * @param count the observed count, a finite number {@code >= 0}
   * @param confidence the confidence level
   * @return the interval for the count (not divided by any denominator), method "Exact" or "Byars"
   * @throws IllegalArgumentException if {@code count} is negative or not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Interval of(double count, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    Checks.nonNegative(count, "count");
    double z = confidence.z();
    if (count < EXACT_BELOW) {
      return Interval.of(exactLower(count, confidence), exactUpper(count, confidence), EXACT);
    }
    return Interval.of(byarsLower(count, z), byarsUpper(count, z), BYARS);
  }

  /**
   * Returns the exact lower limit {@code qchisq((1−conf)/2, 2x)/2}, or 0 when the count is 0.
   *
   * @param count the observed count, a finite number {@code >= 0}
   * @param confidence the confidence level
   * @return the lower limit, {@code >= 0}
   * @throws IllegalArgumentException if {@code count} is negative or not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static double exactLower(double count, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    Checks.nonNegative(count, "count");
    if (count == 0) {
      return 0;
    }
    return ChiSquaredDistribution.of(2 * count).inverseCumulativeProbability(confidence.alpha() / 2)
        / 2;
  }

  /**
   * Returns the exact upper limit {@code qchisq(conf + (1−conf)/2, 2x+2)/2}, computed from the
   * upper tail to avoid cancellation; {@code −ln((1−conf)/2)} when the count is 0.
   *
   * @param count the observed count, a finite number {@code >= 0}
   * @param confidence the confidence level
   * @return the upper limit, {@code > 0}
   * @throws IllegalArgumentException if {@code count} is negative or not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static double exactUpper(double count, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    Checks.nonNegative(count, "count");
    return ChiSquaredDistribution.of(2 * count + 2)
            .inverseSurvivalProbability(confidence.alpha() / 2)
        / 2;
  }

  /**
   * Returns Byar's lower limit {@code x·(1 − 1/(9x) − z/(3√x))³}, with no exact switch.
   *
   * @param count the observed count, a finite number {@code >= 0}
   * @param confidence the confidence level
   * @return the lower limit, or empty when the count is 0 or the approximation is negative (NA in
   *     PHEindicatormethods)
   * @throws IllegalArgumentException if {@code count} is negative or not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static OptionalDouble byarsLower(double count, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    Checks.nonNegative(count, "count");
    double value = byarsLower(count, confidence.z());
    return count == 0 || !(value >= 0) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns Byar's upper limit {@code (x+1)·(1 − 1/(9(x+1)) + z/(3√(x+1)))³}, with no exact switch.
   *
   * @param count the observed count, a finite number {@code >= 0}
   * @param confidence the confidence level
   * @return the upper limit
   * @throws IllegalArgumentException if {@code count} is negative or not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static double byarsUpper(double count, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    Checks.nonNegative(count, "count");
    return byarsUpper(count, confidence.z());
  }

  static double byarsLower(double x, double z) {
    double t = 1 - 1 / (9 * x) - z / (3 * Math.sqrt(x));
    return x * t * t * t;
  }

  static double byarsUpper(double x, double z) {
    double y = x + 1;
    double t = 1 - 1 / (9 * y) + z / (3 * Math.sqrt(y));
    return y * t * t * t;
  }
}
