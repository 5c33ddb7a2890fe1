package org.equalitymonitoring.impact;

/**
 * The equality measure of an {@link ImpactAssessment}.
 *
 * <p>Each measure has a default multiplier, used when the {@link ImpactAssessor} is given none: 100
 * (a percentage) for proportions, relative likelihood and representation, 100,000 for rates and
 * directly standardised rates (the PHEindicatormethods defaults, {@code STATISTICAL-METHODS.md} §2
 * and §4).
 */
public enum Measure {
  /**
   * Proportion {@code events / denominator} with its Wilson score interval ({@code
   * STATISTICAL-METHODS.md} §1), compared by the risk ratio with its Katz log interval (§8).
   */
  PROPORTION(100),
  /**
   * Crude rate {@code events / denominator} with exact (fewer than 10 events) or Byar's Poisson
   * limits ({@code STATISTICAL-METHODS.md} §2), compared by the rate ratio with its log interval
   * (§8).
   */
  RATE(100_000),
  /**
   * Relative likelihood, the ratio of two groups' selection rates, as the WRES indicators 2, 3 and
   * 4 ({@code USERS-AND-METRICS.md} §2.1): proportions and risk ratios as {@link #PROPORTION}, with
   * the four-fifths rule of adverse impact ({@code STATISTICAL-METHODS.md} §8).
   */
  RELATIVE_LIKELIHOOD(100),
  /**
   * Representation: each group's share of service users (Wilson interval) against its share of a
   * population, with Pearson's chi-square goodness-of-fit test across the groups.
   */
  REPRESENTATION(100),
  /**
   * Directly standardised rate by group (Dobson limits, {@code STATISTICAL-METHODS.md} §4), as the
   * Mental Health Act detention rates by ethnicity ({@code USERS-AND-METRICS.md} §2.3).
   */
  DSR(100_000);

  private final double defaultMultiplier;

  Measure(double defaultMultiplier) {
    this.defaultMultiplier = defaultMultiplier;
  }

  /**
   * Returns the multiplier used when none is given: 100 for {@link #PROPORTION}, {@link
   * #RELATIVE_LIKELIHOOD} and {@link #REPRESENTATION}; 100,000 for {@link #RATE} and {@link #DSR}.
   *
   * @return the default multiplier, {@code > 0}
   */
  public double defaultMultiplier() {
    return defaultMultiplier;
  }
}
