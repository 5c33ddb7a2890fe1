package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The SII and RII of PHEindicatormethods {@code phe_sii} (STATISTICAL-METHODS.md §7). Point
 * estimates are worked out by hand from the weighted least-squares normal equations, or come from
 * an independent least-squares solve of {@code lm(y·√a ~ √a + b·√a − 1)} (numpy {@code lstsq}); the
 * simulated intervals are checked for their properties and against the exact normal interval of a
 * slope that is linear in the values.
 */
class SlopeIndexOfInequalityTest {

  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  /** The Area1 deciles of the phe_sii help example (populations, values, standard errors). */
  private static final double[] AREA1_POPULATIONS = {
    7291, 7997, 6105, 7666, 5790, 6934, 5918, 5974, 7147, 7534
  };

  private static final double[] AREA1_VALUES = {
    75.9, 78.3, 83.8, 83.6, 80.5, 81.1, 81.7, 84.2, 80.6, 86.3
  };

  private static final double[] AREA1_SES = {
    1.64, 1.58, 1.51, 1.78, 1.7, 1.56, 1.37, 1.4, 2.43, 1.57
  };

  private static double[] filled(int n, double value) {
    double[] values = new double[n];
    Arrays.fill(values, value);
    return values;
  }

  @Test
  void equalQuintilesByHand() {
    // a = 0.2 each; b = 0.1, 0.3, 0.5, 0.7, 0.9, so Σab = 0.5 and b − 0.5 = −0.4, −0.2, 0, 0.2,
    // 0.4.
    // s = Σa(b−½)y / Σa(b−½)² = 0.2·(−4 − 2.4 + 0 + 3 + 6.8) / (0.2·0.4) = 0.68/0.08 = 8.5
    // c = Σay − ½s = 0.2·65 − 4.25 = 8.75; RII = (8.75 + 8.5)/8.75 = 17.25/8.75
    SlopeIndexOfInequality sii =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, filled(5, 2), new double[] {10, 12, 11, 15, 17}, filled(5, 1), 1);
    assertThat(sii.slopeIndex()).isCloseTo(8.5, within(1e-12));
    assertThat(sii.intercept()).isCloseTo(8.75, within(1e-12));
    assertThat(sii.relativeIndex()).isCloseTo(17.25 / 8.75, within(1e-12));
    assertThat(sii.quantiles()).isEqualTo(5);
  }

  @Test
  void unequalQuintilesByHand() {
    // populations 1, 3, 2, 2, 2: a = .1, .3, .2, .2, .2; b = .05, .25, .5, .7, .9
    // Σa = 1, Σab = .5, Σab² = .00025 + .01875 + .05 + .098 + .162 = .329, det = .329 − .25 = .079
    // Σay = 1 + 3.6 + 2.2 + 3 + 3.4 = 13.2; Σaby = .05 + .9 + 1.1 + 2.1 + 3.06 = 7.21
    // s = (Σa·Σaby − Σab·Σay)/det = (7.21 − 6.6)/.079 = 610/79
    // c = (Σab²·Σay − Σab·Σaby)/det = (4.3428 − 3.605)/.079 = 7378/790
    SlopeIndexOfInequality sii =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL,
            new double[] {1, 3, 2, 2, 2},
            new double[] {10, 12, 11, 15, 17},
            filled(5, 1),
            100);
    assertThat(sii.slopeIndex()).isCloseTo(100 * 610.0 / 79, within(1e-10));
    assertThat(sii.intercept()).isCloseTo(7378.0 / 790, within(1e-12));
    assertThat(sii.relativeIndex())
        .isCloseTo((7378.0 / 790 + 610.0 / 79) / (7378.0 / 790), within(1e-12));
  }

  @Test
  void helpExampleArea1MatchesAnIndependentLeastSquaresSolve() {
    // numpy.linalg.lstsq of y·√a on [√a, b·√a]: c = 78.03207876952992, s = 7.00023476007992
    SlopeIndexOfInequality sii =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, AREA1_POPULATIONS, AREA1_VALUES, AREA1_SES, 1);
    assertThat(sii.intercept()).isCloseTo(78.03207876952992, within(1e-10));
    assertThat(sii.slopeIndex()).isCloseTo(7.00023476007992, within(1e-10));
    assertThat(sii.relativeIndex()).isCloseTo(1.0897097049119417, within(1e-12));
  }

  @Test
  void simulatedIntervalIsCloseToTheExactNormalInterval() {
    // For normal values the slope is linear in y, so it is normal with sd = sqrt(Σ (h_i·se_i)²),
    // h = second row of (XᵀX)⁻¹Xᵀ·√a; numpy gives sd = 1.9626921183098551 and the exact 95%
    // interval s ± 1.959963984540054·sd = [3.153428895451978, 10.847040624707862].
    InequalityIndices indices =
        SlopeIndexOfInequality.of(
                IndicatorType.NORMAL, AREA1_POPULATIONS, AREA1_VALUES, AREA1_SES, 1)
            .intervals(C95, SlopeIndexOfInequality.DEFAULT_REPETITIONS, 5);
    // Monte Carlo error of a 2.5% quantile at 100,000 draws is about 0.01 sd; allow 0.05 sd.
    double tolerance = 0.05 * 1.9626921183098551;
    assertThat(indices.slopeIndex().lower()).isCloseTo(3.153428895451978, within(tolerance));
    assertThat(indices.slopeIndex().upper()).isCloseTo(10.847040624707862, within(tolerance));
    assertThat(indices.slopeIndex().method()).isEqualTo("Simulation (100000 repetitions)");
    assertThat(indices.slopeIndex().interval().contains(indices.slopeIndex().value())).isTrue();
    assertThat(indices.relativeIndex().interval().contains(indices.relativeIndex().value()))
        .isTrue();
    assertThat(indices.seed()).isEqualTo(5);
  }

  @Test
  void aSeedReproducesTheIntervalsAndAnotherSeedMovesThem() {
    SlopeIndexOfInequality sii =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, AREA1_POPULATIONS, AREA1_VALUES, AREA1_SES, 1);
    assertThat(sii.intervals(C95, 1000, 42)).isEqualTo(sii.intervals(C95, 1000, 42));
    assertThat(sii.intervals(C95, 1000, 42).slopeIndex().lower())
        .isNotEqualTo(sii.intervals(C95, 1000, 43).slopeIndex().lower());
  }

  @Test
  void aWiderLevelGivesAWiderInterval() {
    SlopeIndexOfInequality sii =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, AREA1_POPULATIONS, AREA1_VALUES, AREA1_SES, 1);
    Interval i95 = sii.intervals(C95, 10_000, 1).slopeIndex().interval();
    Interval i998 =
        sii.intervals(ConfidenceLevel.NINETY_NINE_POINT_EIGHT, 10_000, 1).slopeIndex().interval();
    assertThat(i998.lower()).isLessThan(i95.lower());
    assertThat(i998.upper()).isGreaterThan(i95.upper());
  }

  @Test
  void aNegativeMultiplierReversesTheSlopeAndInvertsTheRii() {
    SlopeIndexOfInequality positive =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, AREA1_POPULATIONS, AREA1_VALUES, AREA1_SES, 1);
    SlopeIndexOfInequality negative =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, AREA1_POPULATIONS, AREA1_VALUES, AREA1_SES, -1);
    assertThat(negative.slopeIndex()).isCloseTo(-7.00023476007992, within(1e-10));
    assertThat(negative.relativeIndex()).isCloseTo(1 / 1.0897097049119417, within(1e-12));
    InequalityIndices p = positive.intervals(C95, 1000, 7);
    InequalityIndices n = negative.intervals(C95, 1000, 7);
    // Same draws: the limits swap sides. round(1000·0.025) = 25, round(1000·0.975) = 975, so the
    // sorted positions 25 and 975 mirror each other only approximately; compare within a draw's
    // gap.
    assertThat(n.slopeIndex().lower()).isCloseTo(-p.slopeIndex().upper(), within(0.1));
    assertThat(n.slopeIndex().upper()).isCloseTo(-p.slopeIndex().lower(), within(0.1));
    assertThat(n.relativeIndex().upper()).isCloseTo(1 / p.relativeIndex().lower(), within(0.01));
  }

  @Test
  void ratesAndProportionsAreSimulatedOnTheirOwnScales() {
    // With standard errors 0 every draw is the value itself (exp(log v), expit(logit v)), so the
    // interval collapses onto the point estimate.
    double[] rates = {120, 110, 100, 95, 80};
    SlopeIndexOfInequality rate =
        SlopeIndexOfInequality.of(IndicatorType.RATE, filled(5, 1), rates, filled(5, 0), 1);
    // equal quintiles: s = 0.2·(−0.4·120 − 0.2·110 + 0.2·95 + 0.4·80)/0.08 = −47.5
    assertThat(rate.slopeIndex()).isCloseTo(-47.5, within(1e-9));
    Estimate collapsed = rate.intervals(C95, 1000, 3).slopeIndex();
    assertThat(collapsed.lower()).isCloseTo(-47.5, within(1e-9));
    assertThat(collapsed.upper()).isCloseTo(-47.5, within(1e-9));

    double[] proportions = {0.1, 0.2, 0.3, 0.4, 0.5};
    SlopeIndexOfInequality proportion =
        SlopeIndexOfInequality.of(
            IndicatorType.PROPORTION, filled(5, 1), proportions, filled(5, 0.1), 1);
    // proportions linear in b (0.05 + 0.5b): s = 0.5, c = 0.05, RII = 0.55/0.05 = 11
    assertThat(proportion.slopeIndex()).isCloseTo(0.5, within(1e-12));
    assertThat(proportion.relativeIndex()).isCloseTo(11, within(1e-9));
    Estimate simulated = proportion.intervals(C95, 10_000, 3).slopeIndex();
    assertThat(simulated.lower()).isBetween(0.0, 0.5);
    assertThat(simulated.upper()).isBetween(0.5, 1.0);
  }

  @Test
  void standardErrorsFromNinetyFivePercentLimits() {
    double z = 1.959963984540054;
    // normal: (U − L)/(2z); rate: (ln U − ln L)/(2z) with L = 1, U = e²; proportion: logit 0 and 1
    assertThat(
            SlopeIndexOfInequality.standardErrors(
                IndicatorType.NORMAL, new double[] {72.7}, new double[] {79.1}))
        .containsExactly(new double[] {(79.1 - 72.7) / (2 * z)}, within(1e-12));
    assertThat(
            SlopeIndexOfInequality.standardErrors(
                IndicatorType.RATE, new double[] {1}, new double[] {Math.exp(2)}))
        .containsExactly(new double[] {1 / z}, within(1e-12));
    assertThat(
            SlopeIndexOfInequality.standardErrors(
                IndicatorType.PROPORTION, new double[] {0.5}, new double[] {Math.E / (1 + Math.E)}))
        .containsExactly(new double[] {1 / (2 * z)}, within(1e-12));
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.of(
                    IndicatorType.NORMAL, filled(4, 1), filled(4, 1), filled(4, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the number of quantiles must be between 5 and 100, got 4");
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.of(
                    IndicatorType.NORMAL, filled(5, 1), filled(5, 1), filled(5, 1), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("multiplier must be a finite number other than 0, got multiplier=0.0");
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.of(
                    IndicatorType.RATE, filled(5, 1), filled(5, 0), filled(5, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values[0] must be a finite number > 0 for a rate indicator, got values[0]=0.0");
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.of(
                    IndicatorType.PROPORTION, filled(5, 1), filled(5, 1), filled(5, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values[0] must be strictly between 0 and 1 for a proportion indicator, got"
                + " values[0]=1.0");
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.of(
                    IndicatorType.NORMAL, filled(5, 0), filled(5, 1), filled(5, 1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("populations must all be finite numbers > 0, got populations[0]=0.0");
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.of(
                    IndicatorType.NORMAL, filled(5, 1), filled(5, 1), filled(5, -1), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standardErrors must all be finite numbers >= 0, got standardErrors[0]=-1.0");
    SlopeIndexOfInequality sii =
        SlopeIndexOfInequality.of(
            IndicatorType.NORMAL, filled(5, 1), filled(5, 1), filled(5, 1), 1);
    assertThatThrownBy(() -> sii.intervals(C95, 999, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("repetitions must be between 1000 and 10000000, got repetitions=999");
    // round(1000·0.0005) = round(0.5) = 0 (half-even): no first position
    assertThatThrownBy(() -> sii.intervals(ConfidenceLevel.of(0.999), 1000, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too few for a 99.9% interval");
    assertThatThrownBy(
            () ->
                SlopeIndexOfInequality.standardErrors(
                    IndicatorType.NORMAL, new double[] {2}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower95 must be <= upper95, got lower95[0]=2.0, upper95[0]=1.0");
    assertThatThrownBy(() -> sii.intervals(null, 1000, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("confidence");
  }
}
