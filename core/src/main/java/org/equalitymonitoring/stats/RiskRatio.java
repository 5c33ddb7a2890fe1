package org.equalitymonitoring.stats;

/**
 * The risk ratio of two groups with the Katz log confidence interval (Katz et al. 1978; as scipy
 * {@code relative_risk} and epitools {@code riskratio.wald}).
 *
 * <pre>
 * RR          = (a/n1) / (c/n0)
 * SE(ln RR)   = sqrt(1/a − 1/n1 + 1/c − 1/n0)
 * CI          = RR·exp(±z·SE)
 * </pre>
 *
 * <p>Zero cells follow the epitools / scipy convention in {@link #katz}: a = c = 0 gives RR NaN and
 * CI (NaN, NaN); a = 0 gives RR 0 and CI (0, NaN); c = 0 gives RR +∞ and CI (NaN, +∞). {@link
 * #katzWithHalfCorrection} instead adds 0.5 to all four cells when any cell is zero (MedCalc, after
 * Pagano &amp; Gauvreau; Deeks &amp; Higgins).
 *
 * <p>WRES "relative likelihood" indicators (NHS England) are risk ratios: for indicator 2, {@code
 * a} = White appointed, {@code n1} = White shortlisted, {@code c} = BME appointed, {@code n0} = BME
 * shortlisted.
 */
public final class RiskRatio {

  /** Method name, "Katz log". */
  public static final String METHOD = "Katz log";

  /** Method name when 0.5 was added to every cell. */
  public static final String CORRECTED_METHOD = "Katz log, 0.5 added to all cells";

  private RiskRatio() {}

  /**
   * Returns the risk ratio {@code (a/n1)/(c/n0)} with its Katz log interval, zero cells by the
   * epitools / scipy convention.
   *
   * @param exposedEvents a, events in the index group, finite {@code 0 <= a <= n1}
   * @param exposedTotal n1, size of the index group, finite {@code > 0}
   * @param unexposedEvents c, events in the comparison group, finite {@code 0 <= c <= n0}
   * @param unexposedTotal n0, size of the comparison group, finite {@code > 0}
   * @param confidence the confidence level
   * @return the risk ratio, method "Katz log"; value and limits may be NaN or infinite as described
   *     in the class documentation
   * @throws IllegalArgumentException if a count is out of range
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate katz(
      double exposedEvents,
      double exposedTotal,
      double unexposedEvents,
      double unexposedTotal,
      ConfidenceLevel confidence) {
    check(exposedEvents, exposedTotal, unexposedEvents, unexposedTotal, confidence);
    return compute(
        exposedEvents, exposedTotal, unexposedEvents, unexposedTotal, confidence, METHOD);
  }

  /**
   * Returns the risk ratio with its Katz log interval, adding 0.5 to each of the four cells (a,
   * n1−a, c, n0−c) when any of them is zero; otherwise identical to {@link #katz}.
   *
   * @param exposedEvents a, finite {@code 0 <= a <= n1}
   * @param exposedTotal n1, finite {@code > 0}
   * @param unexposedEvents c, finite {@code 0 <= c <= n0}
   * @param unexposedTotal n0, finite {@code > 0}
   * @param confidence the confidence level
   * @return the risk ratio, method "Katz log" or "Katz log, 0.5 added to all cells"
   * @throws IllegalArgumentException if a count is out of range
   * @throws NullPointerException if {@code confidence} is null
   */
  public static Estimate katzWithHalfCorrection(
      double exposedEvents,
      double exposedTotal,
      double unexposedEvents,
      double unexposedTotal,
      ConfidenceLevel confidence) {
    check(exposedEvents, exposedTotal, unexposedEvents, unexposedTotal, confidence);
    boolean zeroCell =
        exposedEvents == 0
            || exposedEvents == exposedTotal
            || unexposedEvents == 0
            || unexposedEvents == unexposedTotal;
    if (!zeroCell) {
      return compute(
          exposedEvents, exposedTotal, unexposedEvents, unexposedTotal, confidence, METHOD);
    }
    return compute(
        exposedEvents + 0.5,
        exposedTotal + 1,
        unexposedEvents + 0.5,
        unexposedTotal + 1,
        confidence,
        CORRECTED_METHOD);
  }

  private static void check(double a, double n1, double c, double n0, ConfidenceLevel confidence) {
    Checks.confidence(confidence);
    WilsonScore.checkCounts(a, n1);
    WilsonScore.checkCounts(c, n0);
  }

  private static Estimate compute(
      double a, double n1, double c, double n0, ConfidenceLevel confidence, String method) {
    double z = confidence.z();
    if (a == 0 && c == 0) {
      return Estimate.of(Double.NaN, Interval.of(Double.NaN, Double.NaN, method), confidence);
    }
    if (a == 0) {
      return Estimate.of(0, Interval.of(0, Double.NaN, method), confidence);
    }
    if (c == 0) {
      return Estimate.of(
          Double.POSITIVE_INFINITY,
          Interval.of(Double.NaN, Double.POSITIVE_INFINITY, method),
          confidence);
    }
    double rr = (a / n1) / (c / n0);
    double se = Math.sqrt(1 / a - 1 / n1 + 1 / c - 1 / n0);
    return Estimate.of(
        rr, Interval.of(rr * Math.exp(-z * se), rr * Math.exp(z * se), method), confidence);
  }
}
