package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionFunnelTest {

  @Test
  void matchesPhStatsMethodsSigmaAdjustmentTests() {
    // PHStatsMethods tests/test_sigma_adjustment.py:
    // sigma_adjustment(0.975, 100000, 0.9, "low", 100) == 89.81406149030842
    // sigma_adjustment(0.999, 300000, 0.85, "high", 1000) == 852.0145849882799
    double low = ProportionFunnel.withAverage(0.9).lowerLimit(100000, FunnelLevel.TWO_SIGMA) * 100;
    assertThat(low).isCloseTo(89.81406149030842, within(89.81406149030842 * 1e-9));
    double high =
        ProportionFunnel.withAverage(0.85).upperLimit(300000, FunnelLevel.THREE_SIGMA) * 1000;
    assertThat(high).isCloseTo(852.0145849882799, within(852.0145849882799 * 1e-9));
  }

  /**
   * PHEindicatormethods tests/testthat/testdata_funnel_prop_outputs.csv (baseline 80.642448,
   * multiplier 100, limits rounded to 6 dp there; the baseline is itself rounded, so the tolerance
   * is 2e-6 percentage points).
   */
  @ParameterizedTest
  @CsvSource({
    "1, 3.204264, 100, 0, 100",
    "18, 62.390093, 98.894803, 51.864359, 100",
    "50, 69.691035, 91.593861, 63.375595, 97.909301",
    "1008, 78.203374, 83.081521, 76.796814, 84.488082",
    "110000, 80.408963, 80.875933, 80.274317, 81.010578"
  })
  void matchesPheindicatormethodsFunnelFixture(
      double population, double lower2s, double upper2s, double lower3s, double upper3s) {
    ProportionFunnel funnel = ProportionFunnel.withAverage(0.80642448);
    Interval twoSigma = funnel.plottedLimits(population, FunnelLevel.TWO_SIGMA, 100);
    Interval threeSigma = funnel.plottedLimits(population, FunnelLevel.THREE_SIGMA, 100);
    assertThat(twoSigma.lower()).isCloseTo(lower2s, within(2e-6));
    assertThat(twoSigma.upper()).isCloseTo(upper2s, within(2e-6));
    assertThat(threeSigma.lower()).isCloseTo(lower3s, within(2e-6));
    assertThat(threeSigma.upper()).isCloseTo(upper3s, within(2e-6));
    assertThat(funnel.baseline(100)).isCloseTo(80.642448, within(1e-12));
  }

  @Test
  void pooledAverageFromRows() {
    ProportionFunnel funnel =
        ProportionFunnel.of(new double[] {30, 70, 50}, new double[] {100, 100, 100});
    assertThat(funnel.averageProportion()).isCloseTo(0.5, within(1e-15));
  }

  @ParameterizedTest
  @CsvSource({
    // av 0.5, N 100; Wilson limits of x/100 worked by hand:
    // 30: 99.8% upper ≈ 0.454 < 0.5
    "30, Low (0.001)",
    // 40: 99.8% upper ≈ 0.554 > 0.5, 95% upper ≈ 0.498 < 0.5
    "40, Low (0.025)",
    "50, Not significant",
    // 60: 95% lower ≈ 0.502 > 0.5, 99.8% lower ≈ 0.446
    "60, High (0.025)",
    // 70: 99.8% lower ≈ 0.546 > 0.5
    "70, High (0.001)"
  })
  void significanceAgainstHandWorkedWilsonLimits(double x, String label) {
    ProportionFunnel funnel = ProportionFunnel.withAverage(0.5);
    assertThat(funnel.significance(x, 100).label()).isEqualTo(label);
  }

  @Test
  void significanceIsTheWilsonScoreInversion() {
    // dossier §6a: the funnel limit is the proportion whose Wilson limit touches av, so a row is
    // outside the funnel exactly when its Wilson interval excludes av.
    qt().forAll(
            doubles().between(0.01, 0.99), integers().between(1, 100_000), doubles().between(0, 1))
        .assuming((av, n, f) -> awayFromTies(av, Math.floor(f * n), n))
        .checkAssert(
            (av, n, f) -> {
              double x = Math.floor(f * n);
              Interval w95 = WilsonScore.interval(x, n, ConfidenceLevel.NINETY_FIVE);
              Interval w998 = WilsonScore.interval(x, n, ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
              FunnelSignificance expected;
              if (w998.upper() < av) {
                expected = FunnelSignificance.LOW_0_001;
              } else if (w95.upper() < av) {
                expected = FunnelSignificance.LOW_0_025;
              } else if (w998.lower() > av) {
                expected = FunnelSignificance.HIGH_0_001;
              } else if (w95.lower() > av) {
                expected = FunnelSignificance.HIGH_0_025;
              } else {
                expected = FunnelSignificance.NOT_SIGNIFICANT;
              }
              assertThat(ProportionFunnel.withAverage(av).significance(x, n)).isEqualTo(expected);
            });
  }

  private static boolean awayFromTies(double av, double x, double n) {
    for (ConfidenceLevel c :
        new ConfidenceLevel[] {
          ConfidenceLevel.NINETY_FIVE, ConfidenceLevel.NINETY_NINE_POINT_EIGHT
        }) {
      Interval w = WilsonScore.interval(x, n, c);
      if (Math.abs(w.lower() - av) < 1e-9 || Math.abs(w.upper() - av) < 1e-9) {
        return false;
      }
    }
    return true;
  }

  @Test
  void limitsBracketTheAverageAndStayInRange() {
    qt().forAll(doubles().between(0.001, 0.999), doubles().between(1, 1e7))
        .checkAssert(
            (av, n) -> {
              ProportionFunnel funnel = ProportionFunnel.withAverage(av);
              for (FunnelLevel level : FunnelLevel.values()) {
                // as a percentage: floored at 0 and capped at 100 (dossier §6a)
                Interval plotted = funnel.plottedLimits(n, level, 100);
                assertThat(plotted.lower()).isBetween(0.0, 100.0);
                assertThat(plotted.upper()).isBetween(0.0, 100.0);
                assertThat(funnel.lowerLimit(n, level)).isLessThanOrEqualTo(av + 1e-12);
                assertThat(funnel.upperLimit(n, level)).isGreaterThanOrEqualTo(av - 1e-12);
              }
              assertThat(funnel.lowerLimit(n, FunnelLevel.THREE_SIGMA))
                  .isLessThanOrEqualTo(funnel.lowerLimit(n, FunnelLevel.TWO_SIGMA) + 1e-12);
            });
  }

  @Test
  void capIsOneHundredWhateverTheMultiplier() {
    // dossier §6a: min(100, ·) even at multiplier 1, so a small-N upper limit may exceed 1
    ProportionFunnel funnel = ProportionFunnel.withAverage(0.5);
    double raw = funnel.upperLimit(1, FunnelLevel.THREE_SIGMA);
    assertThat(raw).isGreaterThan(1.0);
    assertThat(funnel.plottedLimits(1, FunnelLevel.THREE_SIGMA, 1).upper()).isEqualTo(raw);
    assertThat(funnel.plottedLimits(1, FunnelLevel.THREE_SIGMA, 100).upper()).isEqualTo(100.0);
    assertThat(funnel.plottedLimits(1, FunnelLevel.THREE_SIGMA, 100).lower()).isEqualTo(0.0);
  }

  @Test
  void rejectsInvalidInputs() {
    assertThatThrownBy(() -> ProportionFunnel.withAverage(1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("average proportion must be between 0 and 1, got averageProportion=1.2");
    ProportionFunnel funnel = ProportionFunnel.withAverage(0.5);
    assertThatThrownBy(() -> funnel.lowerLimit(0, FunnelLevel.TWO_SIGMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population must be a finite number > 0, got population=0.0");
    assertThatThrownBy(() -> funnel.plottedLimits(10, FunnelLevel.TWO_SIGMA, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("multiplier must be <= 100, got multiplier=1000.0");
    assertThatThrownBy(() -> funnel.significance(12, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be between 0 and total, got events=12, total=10");
    assertThatThrownBy(() -> funnel.upperLimit(10, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("level");
    assertThatThrownBy(() -> ProportionFunnel.of(new double[] {1, 2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "numerators and denominators must have the same length, got numerators.length=2,"
                + " denominators.length=1");
  }

  @Test
  void funnelsAreEqualWhenTheirAveragesAre() {
    // 45/100 and 45/50 pool to 90/150 = 0.6.
    ProportionFunnel funnel = ProportionFunnel.of(new double[] {45, 45}, new double[] {100, 50});
    assertThat(ProportionFunnel.withAverage(0.6)).isEqualTo(funnel).hasSameHashCodeAs(funnel);
    assertThat(ProportionFunnel.withAverage(0.5)).isNotEqualTo(funnel);
    assertThat(funnel).isNotEqualTo(0.6).hasToString("ProportionFunnel[average=0.6]");
    assertThatThrownBy(() -> ProportionFunnel.of(new double[] {1, 2}, new double[] {10}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "numerators and denominators must have the same length, got numerators.length=2,"
                + " denominators.length=1");
  }
}
