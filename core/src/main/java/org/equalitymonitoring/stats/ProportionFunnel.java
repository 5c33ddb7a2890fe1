package org.equalitymonitoring.stats;

import java.util.Objects;

/**
 * Funnel-plot control limits and significance for proportions, PHE method (PHEindicatormethods
 * {@code calculate_funnel_limits(statistic = "proportion")}; PHStatsMethods {@code
 * sigma_adjustment}). Limits lie around the pooled proportion {@code av = Σ numerators / Σ
 * denominators}. For a population N at one-sided tail t with z = qnorm(1 − t):
 *
 * <pre>
 * first = av·(N/z² + 1)
 * adj   = sqrt( (−8·av·(N/z²+1))² − 64·(1/z² + 1/N)·av·( N·(av·(N/z²+2) − 1) + z²·(av − 1) ) )
 * last  = 1/z² + 1/N
 * low/high = (first ∓ adj/8)/last / N
 * </pre>
 *
 * <p>This is the closed-form inversion of the Wilson score interval (no bisection is needed).
 * Immutable and thread-safe.
 */
public final class ProportionFunnel {

  /** Method name of the plotted limits. */
  public static final String METHOD = "PHE proportion funnel (Wilson score inversion)";

  /** The cap PHEindicatormethods applies to plotted upper limits, whatever the multiplier. */
  public static final double PLOTTED_UPPER_CAP = 100;

  private final double average;

  private ProportionFunnel(double average) {
    this.average = average;
  }

  /**
   * Returns the funnel around the pooled proportion of the given rows.
   *
   * @param numerators numerators per row, each finite {@code >= 0}
   * @param denominators denominators per row, each finite {@code > 0}, same length
   * @return the funnel with {@code av = Σ numerators / Σ denominators}
   * @throws IllegalArgumentException if the arrays are empty or differ in length, an element is out
   *     of range, or the pooled proportion exceeds 1
   * @throws NullPointerException if any argument is null
   */
  public static ProportionFunnel of(double[] numerators, double[] denominators) {
    double[] num = Checks.nonNegativeArray(numerators, "numerators");
    double[] den = Checks.positiveArray(denominators, "denominators");
    Checks.notEmpty(num, "numerators");
    Checks.sameLength(num, "numerators", den, "denominators");
    return withAverage(Checks.sum(num) / Checks.sum(den));
  }

  /**
   * Returns the funnel around a given average proportion.
   *
   * @param averageProportion the average, a fraction in {@code [0, 1]}
   * @return the funnel
   * @throws IllegalArgumentException if the average is NaN or outside {@code [0, 1]}
   */
  public static ProportionFunnel withAverage(double averageProportion) {
    if (!(averageProportion >= 0 && averageProportion <= 1)) {
      throw new IllegalArgumentException(
          "average proportion must be between 0 and 1, got averageProportion=" + averageProportion);
    }
    return new ProportionFunnel(averageProportion);
  }

  /**
   * Returns the average (pooled) proportion, as a fraction.
   *
   * @return av, in {@code [0, 1]}
   */
  public double averageProportion() {
    return average;
  }

  /**
   * Returns the baseline {@code av · multiplier}.
   *
   * @param multiplier the scale factor, finite {@code > 0}
   * @return the baseline
   * @throws IllegalArgumentException if the multiplier is not positive and finite
   */
  public double baseline(double multiplier) {
    return average * Checks.multiplier(multiplier);
  }

  /**
   * Returns the unclamped lower control limit as a fraction (multiplier 1).
   *
   * @param population the population N, finite {@code > 0}
   * @param level the control-limit level
   * @return the lower limit
   * @throws IllegalArgumentException if the population is not positive and finite
   * @throws NullPointerException if {@code level} is null
   */
  public double lowerLimit(double population, FunnelLevel level) {
    return limit(population, level, true);
  }

  /**
   * Returns the unclamped upper control limit as a fraction (multiplier 1).
   *
   * @param population the population N, finite {@code > 0}
   * @param level the control-limit level
   * @return the upper limit
   * @throws IllegalArgumentException if the population is not positive and finite
   * @throws NullPointerException if {@code level} is null
   */
  public double upperLimit(double population, FunnelLevel level) {
    return limit(population, level, false);
  }

  /**
   * Returns the plotted limits as PHEindicatormethods outputs them: {@code max(0, low·multiplier)}
   * and {@code min(100, high·multiplier)}. The cap is 100 whatever the multiplier, so the
   * multiplier may not exceed 100.
   *
   * @param population the population N, finite {@code > 0}
   * @param level the control-limit level
   * @param multiplier the scale factor, {@code 0 < multiplier <= 100} (1 or 100 in practice)
   * @return the plotted limits
   * @throws IllegalArgumentException if the population is not positive or the multiplier is outside
   *     {@code (0, 100]}
   * @throws NullPointerException if {@code level} is null
   */
  public Interval plottedLimits(double population, FunnelLevel level, double multiplier) {
    Checks.multiplier(multiplier);
    if (multiplier > PLOTTED_UPPER_CAP) {
      throw new IllegalArgumentException(
          "plotted limits are capped at 100 as in PHEindicatormethods, so multiplier must be <="
              + " 100, got multiplier="
              + multiplier);
    }
    double low = Math.max(0, lowerLimit(population, level) * multiplier);
    double high = Math.min(PLOTTED_UPPER_CAP, upperLimit(population, level) * multiplier);
    return Interval.of(low, high, METHOD);
  }

  /**
   * Classifies a row: compares {@code numerator/denominator} with the unclamped limits at its
   * denominator using strict inequalities, in the order Low (0.001), Low (0.025), High (0.001),
   * High (0.025), otherwise Not significant.
   *
   * @param numerator the row's numerator, finite {@code 0 <= numerator <= denominator}
   * @param denominator the row's denominator, finite {@code > 0}
   * @return the significance
   * @throws IllegalArgumentException if the counts are out of range
   */
  public FunnelSignificance significance(double numerator, double denominator) {
    WilsonScore.checkCounts(numerator, denominator);
    double p = numerator / denominator;
    if (p < lowerLimit(denominator, FunnelLevel.THREE_SIGMA)) {
      return FunnelSignificance.LOW_0_001;
    }
    if (p < lowerLimit(denominator, FunnelLevel.TWO_SIGMA)) {
      return FunnelSignificance.LOW_0_025;
    }
    if (p > upperLimit(denominator, FunnelLevel.THREE_SIGMA)) {
      return FunnelSignificance.HIGH_0_001;
    }
    if (p > upperLimit(denominator, FunnelLevel.TWO_SIGMA)) {
      return FunnelSignificance.HIGH_0_025;
    }
    return FunnelSignificance.NOT_SIGNIFICANT;
  }

  private double limit(double population, FunnelLevel level, boolean low) {
    Objects.requireNonNull(level, "level");
    double n = Checks.positive(population, "population");
    double z = level.z();
    double z2 = z * z;
    double av = average;
    double first = av * (n / z2 + 1);
    double a = -8 * av * (n / z2 + 1);
    double adj =
        Math.sqrt(
            a * a - 64 * (1 / z2 + 1 / n) * av * (n * (av * (n / z2 + 2) - 1) + z2 * (av - 1)));
    double last = 1 / z2 + 1 / n;
    return (low ? first - adj / 8 : first + adj / 8) / last / n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProportionFunnel
        && Double.compare(((ProportionFunnel) o).average, average) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(average);
  }

  @Override
  public String toString() {
    return "ProportionFunnel[average=" + average + "]";
  }
}
