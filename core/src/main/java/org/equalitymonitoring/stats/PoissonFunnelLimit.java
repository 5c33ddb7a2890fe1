package org.equalitymonitoring.stats;

import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Package-private: the PHE Poisson funnel bisection ({@code poisson_funnel} in PHEindicatormethods
 * {@code Funnels.R} and PHStatsMethods {@code utils_funnel.py}), and the per-row significance
 * statistic {@code funnel_ratio_significance}.
 */
final class PoissonFunnelLimit {

  private PoissonFunnelLimit() {}

  /**
   * The Poisson mean λ at which {@code P(X >= obs | λ) = tail} (side low) or {@code P(X <= obs | λ)
   * = tail} (side high), found by bisecting v in (0, 1) with λ = (1+obs)·v/(1−v), starting at v =
   * dv = 0.5 and halving dv until dv ≤ 1e-7, exactly as the reference.
   */
  static double lambda(long obs, double tail, boolean lowSide) {
    double v = 0.5;
    double dv = 0.5;
    while (dv > 1e-7) {
      dv = dv / 2;
      double lambda = (1 + obs) * v / (1 - v);
      PoissonDistribution poisson = PoissonDistribution.of(lambda);
      if (lowSide) {
        double atLeastObs = obs == 0 ? 1 : poisson.survivalProbability((int) (obs - 1));
        v = atLeastObs > tail ? v - dv : v + dv;
      } else {
        double atMostObs = poisson.cumulativeProbability((int) obs);
        v = atMostObs < tail ? v - dv : v + dv;
      }
    }
    return (1 + obs) * v / (1 - v);
  }

  /**
   * funnel_ratio_significance: the exact (obs &lt; 10) or Byar limit for obs at two-sided level p,
   * divided by expected; 0 for obs = 0 on the low side.
   */
  static double significanceStatistic(
      double obs, double expected, FunnelLevel level, boolean lowSide) {
    double statistic;
    if (obs == 0 && lowSide) {
      statistic = 0;
    } else if (obs < 10) {
      ConfidenceLevel c = level.confidence();
      statistic = lowSide ? PoissonInterval.exactLower(obs, c) : PoissonInterval.exactUpper(obs, c);
    } else {
      double z = level.z();
      statistic = lowSide ? PoissonInterval.byarsLower(obs, z) : PoissonInterval.byarsUpper(obs, z);
    }
    return statistic / expected;
  }

  /** Classifies a reference value (1 for ratios, the average rate for rates) against a row. */
  static FunnelSignificance classify(double reference, double obs, double expected) {
    if (reference < significanceStatistic(obs, expected, FunnelLevel.THREE_SIGMA, true)) {
      return FunnelSignificance.HIGH_0_001;
    }
    if (reference < significanceStatistic(obs, expected, FunnelLevel.TWO_SIGMA, true)) {
      return FunnelSignificance.HIGH_0_025;
    }
    if (reference > significanceStatistic(obs, expected, FunnelLevel.THREE_SIGMA, false)) {
      return FunnelSignificance.LOW_0_001;
    }
    if (reference > significanceStatistic(obs, expected, FunnelLevel.TWO_SIGMA, false)) {
      return FunnelSignificance.LOW_0_025;
    }
    return FunnelSignificance.NOT_SIGNIFICANT;
  }
}
