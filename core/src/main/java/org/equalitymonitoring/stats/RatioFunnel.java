package org.equalitymonitoring.stats;

import java.util.Objects;

/**
 * Funnel-plot control limits and significance for ratios of observed to expected counts (for
 * example indirectly standardised ratios), Poisson method of PHEindicatormethods {@code
 * calculate_funnel_limits(statistic = "ratio")} and PHStatsMethods {@code funnels.py}.
 *
 * <p>For O observed events the limits are {@code O/λ_high} (lower) and {@code O/λ_low} (upper),
 * where λ is found by the reference's bisection ({@code poisson_funnel}): {@code P(X ≤ O | λ_high)
 * = t} and {@code P(X ≥ O | λ_low) = t} for the one-sided tail t. Subtract 1 for {@code ratio_type
 * = "count"}, multiply by 100 for {@code "isr"}.
 */
public final class RatioFunnel {

  /** Method name of the limits, "Poisson funnel". */
  public static final String METHOD = "Poisson funnel";

  private RatioFunnel() {}

  /**
   * Returns the control limits of the ratio O/E at O observed events.
   *
   * @param observed the number of events on the funnel's axis, a whole number {@code >= 1}
   * @param level the control-limit level
   * @return the lower and upper ratio limits (around 1), method "Poisson funnel"
   * @throws IllegalArgumentException if {@code observed} is not a whole number {@code >= 1}
   * @throws NullPointerException if {@code level} is null
   */
  public static Interval limits(double observed, FunnelLevel level) {
    Objects.requireNonNull(level, "level");
    long o = checkAxisEvents(observed, "observed");
    double lower = o / PoissonFunnelLimit.lambda(o, level.oneSidedTail(), false);
    double upper = o / PoissonFunnelLimit.lambda(o, level.oneSidedTail(), true);
    return Interval.of(lower, upper, METHOD);
  }

  /**
   * Classifies a row by comparing 1 with its exact (observed &lt; 10) or Byar limits divided by the
   * expected count ({@code funnel_ratio_significance}): {@code 1 < low(99.8%)} High (0.001), {@code
   * 1 < low(95%)} High (0.025), {@code 1 > high(99.8%)} Low (0.001), {@code 1 > high(95%)} Low
   * (0.025), otherwise Not significant.
   *
   * @param observed the observed count, finite {@code >= 0}
   * @param expected the expected count, finite {@code > 0}
   * @return the significance
   * @throws IllegalArgumentException if a count is out of range
   */
  public static FunnelSignificance significance(double observed, double expected) {
    Checks.nonNegative(observed, "observed");
    Checks.positive(expected, "expected");
    return PoissonFunnelLimit.classify(1, observed, expected);
  }

  static long checkAxisEvents(double events, String name) {
    if (!(events >= 1) || events != Math.rint(events) || events > Integer.MAX_VALUE - 1) {
      throw new IllegalArgumentException(
          name
              + " must be a whole number between 1 and "
              + (Integer.MAX_VALUE - 1)
              + " for a Poisson funnel limit, got "
              + name
              + "="
              + events);
    }
    return (long) events;
  }
}
