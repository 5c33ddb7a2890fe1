package org.equalitymonitoring.stats;

/**
 * Crude rates {@code x/n · multiplier} with exact (x &lt; 10) or Byar's (x &ge; 10) Poisson
 * confidence limits, as PHEindicatormethods {@code phe_rate}: the interval is {@code limit(x)/n ·
 * multiplier} with the limits of {@link PoissonInterval#of}.
 */
public final class CrudeRate {

  /** The default multiplier, 100,000 (a rate per 100,000). */
  public static final double PER_100_000 = 100_000;

  private CrudeRate() {}

  /**
   * Returns the crude rate per 100,000 with its confidence interval.
   *
   * @param events the event count x, a finite number {@code >= 0}; may exceed the denominator
   * @param denominator the population or person-time n, a finite number {@code > 0}
   * @param confidence the confidence level
   * @return value {@code x/n·100000} and interval, method "Exact" (x &lt; 10) or "Byars"
   * @throws IllegalArgumentException if {@code events < 0} or {@code denominator <= 0}, or either
   *     is not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate of(double events, double denominator, ConfidenceLevel confidence) {
    return of(events, denominator, confidence, PER_100_000);
  }

  /**
   * Returns the crude rate {@code x/n · multiplier} with its confidence interval.
   *
   * @param events the event count x, a finite number {@code >= 0}; may exceed the denominator
   * @param denominator the population or person-time n, a finite number {@code > 0}
   * @param confidence the confidence level
   * @param multiplier the scale factor, a finite number {@code > 0} (for example 100000)
   * @return value {@code x/n·multiplier} and interval, method "Exact" (x &lt; 10) or "Byars"
   * @throws IllegalArgumentException if {@code events < 0}, {@code denominator <= 0} or {@code
   *     multiplier <= 0}, or any is not finite
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate of(
      double events, double denominator, ConfidenceLevel confidence, double multiplier) {
    Checks.confidence(confidence);
    Checks.nonNegative(events, "events");
    Checks.positive(denominator, "denominator");
    Checks.multiplier(multiplier);
    Interval count = PoissonInterval.of(events, confidence);
    return Estimate.of(
        events / denominator * multiplier,
        Interval.of(
            count.lower() / denominator * multiplier,
            count.upper() / denominator * multiplier,
            count.method()),
        confidence);
  }
}
