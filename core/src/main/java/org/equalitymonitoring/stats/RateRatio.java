package org.equalitymonitoring.stats;

/**
 * The ratio of two incidence rates with the log (Wald) confidence interval (Rothman; Boston
 * University SPH notes).
 *
 * <pre>
 * IRR = (a/PT1) / (b/PT0)
 * CI  = IRR·exp(±z·sqrt(1/a + 1/b))
 * </pre>
 *
 * <p>Zero counts follow the same convention as {@link RiskRatio#katz}: a = b = 0 gives NaN with CI
 * (NaN, NaN); a = 0 gives 0 with CI (0, NaN); b = 0 gives +∞ with CI (NaN, +∞).
 */
public final class RateRatio {

  /** Method name, "Log". */
  public static final String METHOD = "Log";

  private RateRatio() {}

  /**
   * Returns the rate ratio {@code (a/PT1)/(b/PT0)} with its log interval.
   *
   * @param indexEvents a, events in the index group, finite {@code >= 0}
   * @param indexPersonTime PT1, person-time or population of the index group, finite {@code > 0}
   * @param referenceEvents b, events in the reference group, finite {@code >= 0}
   * @param referencePersonTime PT0, person-time or population of the reference group, finite {@code
   *     > 0}
   * @param confidence the confidence level
   * @return the rate ratio, method "Log"; value and limits may be NaN or infinite for zero counts
   * @throws IllegalArgumentException if a count is negative or a person-time is not positive
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate of(
      double indexEvents,
      double indexPersonTime,
      double referenceEvents,
      double referencePersonTime,
      ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    Checks.nonNegative(indexEvents, "indexEvents");
    Checks.positive(indexPersonTime, "indexPersonTime");
    Checks.nonNegative(referenceEvents, "referenceEvents");
    Checks.positive(referencePersonTime, "referencePersonTime");
    if (indexEvents == 0 && referenceEvents == 0) {
      return Estimate.of(Double.NaN, Interval.of(Double.NaN, Double.NaN, METHOD), confidence);
    }
    if (indexEvents == 0) {
      return Estimate.of(0, Interval.of(0, Double.NaN, METHOD), confidence);
    }
    if (referenceEvents == 0) {
      return Estimate.of(
          Double.POSITIVE_INFINITY,
          Interval.of(Double.NaN, Double.POSITIVE_INFINITY, METHOD),
          confidence);
    }
    double irr = (indexEvents / indexPersonTime) / (referenceEvents / referencePersonTime);
    double se = Math.sqrt(1 / indexEvents + 1 / referenceEvents);
    double z = confidence.z();
    return Estimate.of(
        irr, Interval.of(irr * Math.exp(-z * se), irr * Math.exp(z * se), METHOD), confidence);
  }
}
