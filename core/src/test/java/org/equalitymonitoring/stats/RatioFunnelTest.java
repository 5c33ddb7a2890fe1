package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioFunnelTest {

  /**
   * PHEindicatormethods tests/testthat/testdata_funnel_ratio_outputs.csv, the "isr" columns divided
   * by 100 (10 significant figures there), tolerance 1e-6 relative.
   */
  @ParameterizedTest
  @CsvSource({
    "1, 0.1794802207, 39.49774946, 0.1083023482, 999.4532721",
    "3, 0.3421816244, 4.849096876, 0.2296695541, 15.7452787",
    "10, 0.543763205, 2.085337156, 0.4143536693, 3.37778507",
    "100, 0.8221871402, 1.229044681, 0.7411562345, 1.390406755",
    "716, 0.9293605352, 1.077488421, 0.8920960712, 1.125516964"
  })
  void matchesPheindicatormethodsRatioFixture(
      double observed, double lower2s, double upper2s, double lower3s, double upper3s) {
    Interval twoSigma = RatioFunnel.limits(observed, FunnelLevel.TWO_SIGMA);
    Interval threeSigma = RatioFunnel.limits(observed, FunnelLevel.THREE_SIGMA);
    assertThat(twoSigma.lower()).isCloseTo(lower2s, within(lower2s * 1e-6));
    assertThat(twoSigma.upper()).isCloseTo(upper2s, within(upper2s * 1e-6));
    assertThat(threeSigma.lower()).isCloseTo(lower3s, within(lower3s * 1e-6));
    assertThat(threeSigma.upper()).isCloseTo(upper3s, within(upper3s * 1e-6));
    assertThat(twoSigma.method()).isEqualTo("Poisson funnel");
  }

  @Test
  void matchesPhStatsMethodsPoissonFunnelTests() {
    // PHStatsMethods tests/test_utils_funnel.py:
    // poisson_funnel(200, 0.025, "low") == 173.24086241121654 → upper 2s limit 200/that
    // poisson_funnel(500, 0.001, "high") == 573.0274767209943 → lower 3s limit 500/that
    double upper = 200 / 173.24086241121654;
    assertThat(RatioFunnel.limits(200, FunnelLevel.TWO_SIGMA).upper())
        .isCloseTo(upper, within(upper * 1e-9));
    double lower = 500 / 573.0274767209943;
    assertThat(RatioFunnel.limits(500, FunnelLevel.THREE_SIGMA).lower())
        .isCloseTo(lower, within(lower * 1e-9));
  }

  @ParameterizedTest
  @CsvSource({
    // O = 0: high(99.8%) = −ln(0.001)/E = 6.9078/E; high(95%) = 3.6889/E
    "0, 10, Low (0.001)",
    "0, 5, Low (0.025)",
    "0, 2, Not significant",
    // O = 3, E = 10: qchisq(0.975, 8)/2/10 = 0.877 < 1; qchisq(0.999, 8)/2/10 = 1.306 > 1
    "3, 10, Low (0.025)",
    // O = 10, E = 5: Byar lower(10, 95%)/5 = 4.788/5 = 0.958 < 1
    "10, 5, Not significant",
    // O = 20, E = 10: Byar lower 95% 12.21/10 > 1; 99.8% 8.92/10 < 1
    "20, 10, High (0.025)",
    // O = 30, E = 10: Byar lower(30, 99.8%) = 30·(1 − 1/270 − 3.0902/(3√30))³ = 15.84 → 1.58 > 1
    "30, 10, High (0.001)",
    // The exact/Byar switch is at O = 10 (§6b: exact below 10). O = 9, E = 4.11: exact lower 95%
    // qchisq(0.025, 18)/2 = 4.1154 → 1.0013 > 1, High; Byar would give 4.1069 → 0.9992.
    "9, 4.11, High (0.025)",
    // O = 10, E = 4.79: Byar lower 95% 10·(1 − 1/90 − z/(3√10))³ = 4.7874 → 0.9995 < 1, Not
    // significant; exact would give qchisq(0.025, 20)/2 = 4.7954 → 1.0011.
    "10, 4.79, Not significant"
  })
  void significanceWorkedByHand(double observed, double expected, String label) {
    assertThat(RatioFunnel.significance(observed, expected).label()).isEqualTo(label);
  }

  @Test
  void limitsBracketOne() {
    qt().forAll(integers().between(1, 100_000))
        .checkAssert(
            o -> {
              for (FunnelLevel level : FunnelLevel.values()) {
                Interval limits = RatioFunnel.limits(o, level);
                assertThat(limits.lower()).isBetween(0.0, 1.0);
                assertThat(limits.upper()).isGreaterThanOrEqualTo(1.0);
              }
            });
  }

  @Test
  void rejectsInvalidInputs() {
    assertThatThrownBy(() -> RatioFunnel.limits(0, FunnelLevel.TWO_SIGMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "observed must be a whole number between 1 and 2147483646 for a Poisson funnel"
                + " limit, got observed=0.0");
    assertThatThrownBy(() -> RatioFunnel.limits(2.5, FunnelLevel.TWO_SIGMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got observed=2.5");
    assertThatThrownBy(() -> RatioFunnel.significance(3, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected must be a finite number > 0, got expected=0.0");
    assertThatThrownBy(() -> RatioFunnel.limits(3, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level");
  }
}
