package org.equalitymonitoring.stats;

/**
 * Funnel-plot significance labels, spelled exactly as PHEindicatormethods {@code
 * assign_funnel_significance}.
 */
public enum FunnelSignificance {
  /** Above the 99.8% (0.001 one-sided) upper limit. */
  HIGH_0_001("High (0.001)"),
  /** Above the 95% (0.025 one-sided) upper limit only. */
  HIGH_0_025("High (0.025)"),
  /** Below the 99.8% (0.001 one-sided) lower limit. */
  LOW_0_001("Low (0.001)"),
  /** Below the 95% (0.025 one-sided) lower limit only. */
  LOW_0_025("Low (0.025)"),
  /** Within the 95% limits. */
  NOT_SIGNIFICANT("Not significant"),
  /** A DSR row with fewer than 10 events (PHEindicatormethods wording). */
  NOT_APPLICABLE_DSR("Not applicable for events less than 10 for dsrs");

  private final String label;

  FunnelSignificance(String label) {
    this.label = label;
  }

  /**
   * Returns the label, for example "High (0.001)".
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  @Override
  public String toString() {
    return label;
  }
}
