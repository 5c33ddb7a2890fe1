package org.equalitymonitoring.stats;

/**
 * The two funnel-plot control-limit levels used by PHE / OHID (Fingertips technical guidance;
 * PHEindicatormethods {@code Funnels.R}): "2 sigma" with one-sided tail probability 0.025 (95%
 * two-sided) and "3 sigma" with one-sided tail probability 0.001 (99.8% two-sided).
 */
public enum FunnelLevel {
  /** One-sided tail 0.025; 95% two-sided; significance suffix "(0.025)". */
  TWO_SIGMA(0.025, ConfidenceLevel.NINETY_FIVE),
  /** One-sided tail 0.001; 99.8% two-sided; significance suffix "(0.001)". */
  THREE_SIGMA(0.001, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);

  private final double tail;
  private final ConfidenceLevel confidence;

  FunnelLevel(double tail, ConfidenceLevel confidence) {
    this.tail = tail;
    this.confidence = confidence;
  }

  /**
   * Returns the one-sided tail probability.
   *
   * @return 0.025 or 0.001
   */
  public double oneSidedTail() {
    return tail;
  }

  /**
   * Returns the equivalent two-sided confidence level.
   *
   * @return 95% or 99.8%
   */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  /**
   * Returns the standard normal quantile at {@code 1 − tail}: {@code qnorm(0.975)} or {@code
   * qnorm(0.999)}.
   *
   * @return z, positive
   */
  public double z() {
    return confidence.z();
  }
}
