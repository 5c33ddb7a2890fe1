package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PoissonFunnelLimitTest {

  @Test
  void bisectionMatchesPhStatsMethodsTests() {
    // PHStatsMethods tests/test_utils_funnel.py
    assertThat(PoissonFunnelLimit.lambda(200, 0.025, true))
        .isCloseTo(173.24086241121654, within(173.24086241121654 * 1e-9));
    assertThat(PoissonFunnelLimit.lambda(500, 0.001, false))
        .isCloseTo(573.0274767209943, within(573.0274767209943 * 1e-9));
  }

  @Test
  void bisectionMatchesPheindicatormethodsExpectedEvents() {
    // testdata_funnel_ratio_outputs.csv, O = 1: lower_2s_exp_events 5.571644585 (side high),
    // upper_2s_exp_events 0.025317898 (side low)
    assertThat(PoissonFunnelLimit.lambda(1, 0.025, false))
        .isCloseTo(5.571644585, within(5.571644585 * 1e-6));
    assertThat(PoissonFunnelLimit.lambda(1, 0.025, true))
        .isCloseTo(0.025317898, within(0.025317898 * 1e-6));
  }

  @Test
  void significanceStatisticMatchesPhStatsMethodsTestsToTwoDecimals() {
    // PHStatsMethods tests/test_utils_funnel.py, rounded to 2 dp there:
    // funnel_ratio_significance(5, 10.0, 0.95, "high") → 1.17 (exact branch)
    // funnel_ratio_significance(25, 20.0, 0.95, "high") → 1.85 (Byar branch)
    // funnel_ratio_significance(0, 10.0, p, "low") → 0
    assertThat(PoissonFunnelLimit.significanceStatistic(5, 10, FunnelLevel.TWO_SIGMA, false))
        .isCloseTo(1.17, within(0.005));
    assertThat(PoissonFunnelLimit.significanceStatistic(25, 20, FunnelLevel.TWO_SIGMA, false))
        .isCloseTo(1.85, within(0.005));
    assertThat(PoissonFunnelLimit.significanceStatistic(0, 10, FunnelLevel.TWO_SIGMA, true))
        .isEqualTo(0.0);
  }
}
