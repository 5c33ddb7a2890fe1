package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateFunnelTest {

  /**
   * The rate limit at E events is E·av·multiplier/λ, i.e. the average rate times the ratio limit;
   * ratio limits from PHEindicatormethods testdata_funnel_ratio_outputs.csv ("isr" / 100).
   */
  @ParameterizedTest
  @CsvSource({
    "10, 0.543763205, 2.085337156, 0.4143536693, 3.37778507",
    "100, 0.8221871402, 1.229044681, 0.7411562345, 1.390406755"
  })
  void limitsAreTheAverageRateTimesTheRatioLimits(
      double events, double lower2s, double upper2s, double lower3s, double upper3s) {
    RateFunnel funnel = RateFunnel.withAverageRate(50, 100000);
    Interval twoSigma = funnel.limits(events, FunnelLevel.TWO_SIGMA);
    Interval threeSigma = funnel.limits(events, FunnelLevel.THREE_SIGMA);
    assertThat(twoSigma.lower()).isCloseTo(50 * lower2s, within(50 * lower2s * 1e-6));
    assertThat(twoSigma.upper()).isCloseTo(50 * upper2s, within(50 * upper2s * 1e-6));
    assertThat(threeSigma.lower()).isCloseTo(50 * lower3s, within(50 * lower3s * 1e-6));
    assertThat(threeSigma.upper()).isCloseTo(50 * upper3s, within(50 * upper3s * 1e-6));
  }

  /**
   * PHEindicatormethods tests/testthat/testdata_funnel_rate_outputs.csv (dsr per 100,000, baseline
   * 116.1720835, three years of data; 10 significant figures there), tolerance 1e-6 relative.
   */
  @ParameterizedTest
  @CsvSource({
    "1, 1598.675694, 20.85059119, 7.264481402, 4588.535848, 2649.348525, 12.58170943,"
        + " 0.287087625, 116108.569",
    "10, 5276.757672, 63.17010446, 1375.943768, 242.2579623, 6924.776769, 48.13632908,"
        + " 849.4639547, 392.4043292",
    "99, 34583.45945, 95.42133877, 23087.10848, 142.9369123, 38382.78582, 85.97604186,"
        + " 20393.92315, 161.8129075",
    "1360, 411529.9259, 110.158048, 369759.5622, 122.6021934, 424043.2424, 106.9073359,"
        + " 358342.3275, 126.5084525"
  })
  void matchesPheindicatormethodsRateFixture(
      double events,
      double lower2sPopulation,
      double lower2s,
      double upper2sPopulation,
      double upper2s,
      double lower3sPopulation,
      double lower3s,
      double upper3sPopulation,
      double upper3s) {
    RateFunnel funnel = RateFunnel.withAverageRate(116.1720835, 100000);
    assertThat(funnel.averageRate()).isCloseTo(116.1720835, within(1e-9));
    Interval twoSigma = funnel.limits(events, FunnelLevel.TWO_SIGMA);
    Interval threeSigma = funnel.limits(events, FunnelLevel.THREE_SIGMA);
    assertThat(twoSigma.lower()).isCloseTo(lower2s, within(lower2s * 1e-6));
    assertThat(twoSigma.upper()).isCloseTo(upper2s, within(upper2s * 1e-6));
    assertThat(threeSigma.lower()).isCloseTo(lower3s, within(lower3s * 1e-6));
    assertThat(threeSigma.upper()).isCloseTo(upper3s, within(upper3s * 1e-6));
    assertThat(funnel.annualPopulation(events, FunnelLevel.TWO_SIGMA, true, 3))
        .isCloseTo(lower2sPopulation, within(lower2sPopulation * 1e-6));
    assertThat(funnel.annualPopulation(events, FunnelLevel.TWO_SIGMA, false, 3))
        .isCloseTo(upper2sPopulation, within(upper2sPopulation * 1e-6));
    assertThat(funnel.annualPopulation(events, FunnelLevel.THREE_SIGMA, true, 3))
        .isCloseTo(lower3sPopulation, within(lower3sPopulation * 1e-6));
    assertThat(funnel.annualPopulation(events, FunnelLevel.THREE_SIGMA, false, 3))
        .isCloseTo(upper3sPopulation, within(upper3sPopulation * 1e-6));
  }

  @Test
  void annualPopulationIsLambdaOverAverageOverYears() {
    // fixture: lower_2s_exp_events at O = 10 is λ = 18.39035799; av = 50/100000 per person
    RateFunnel funnel = RateFunnel.withAverageRate(50, 100000);
    double population = 18.39035799 / 0.0005;
    assertThat(funnel.annualPopulation(10, FunnelLevel.TWO_SIGMA, true, 1))
        .isCloseTo(population, within(population * 1e-6));
    assertThat(funnel.annualPopulation(10, FunnelLevel.TWO_SIGMA, true, 3))
        .isCloseTo(population / 3, within(population / 3 * 1e-6));
  }

  @Test
  void crudeRateSignificanceByHand() {
    // per 1000: rows (100 events, rate 10 → den 10000), (150, 15 → 10000), (0 events → den 10000)
    // av = 250/30000 = 0.008333 per person
    // row 1: Byar 95% limits of 100 → 81.36/10000 < av < 121.63/10000 → Not significant
    // row 2: Byar 99.8% lower of 150 → 150·(1 − 1/1350 − 3.0902/(3√150))³ = 114.96 → 0.0115 > av
    // row 3: 0 events: exact 99.8% upper −ln(0.001)/10000 = 0.00069 < av → Low (0.001)
    RateFunnel funnel =
        RateFunnel.ofCrudeRates(
            new double[] {100, 150, 0},
            new double[] {10, 15, 0},
            new double[] {10000, 10000, 10000},
            1000);
    assertThat(funnel.averageRate()).isCloseTo(250.0 / 30000 * 1000, within(1e-12));
    assertThat(funnel.significances())
        .containsExactly(
            FunnelSignificance.NOT_SIGNIFICANT,
            FunnelSignificance.HIGH_0_001,
            FunnelSignificance.LOW_0_001);
    assertThat(funnel.multiplier()).isEqualTo(1000.0);
  }

  @Test
  void dsrRowsBelowTenEventsAreNotApplicableAndZeroRowsLeaveTheAverage() {
    // rows (5, 1 per 1000 → den 5000), (0 → excluded), (100, 10 → 10000), (150, 15 → 10000)
    // av = 255/25000 = 0.0102 per person
    RateFunnel funnel =
        RateFunnel.ofDsrs(new double[] {5, 0, 100, 150}, new double[] {1, 0, 10, 15}, 1000);
    assertThat(funnel.averageRate()).isCloseTo(10.2, within(1e-12));
    assertThat(funnel.significances())
        .containsExactly(
            FunnelSignificance.NOT_APPLICABLE_DSR,
            FunnelSignificance.NOT_APPLICABLE_DSR,
            FunnelSignificance.NOT_SIGNIFICANT,
            FunnelSignificance.HIGH_0_001);
    assertThat(funnel.significances().get(0).label())
        .isEqualTo("Not applicable for events less than 10 for dsrs");
  }

  @Test
  void rejectsInvalidInputs() {
    assertThatThrownBy(() -> RateFunnel.ofDsrs(new double[] {5, 10}, new double[] {1, 0}, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rates must be > 0 where events are positive, got events[1]=10.0, rates[1]=0.0");
    assertThatThrownBy(() -> RateFunnel.ofDsrs(new double[] {0, 0}, new double[] {0, 0}, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "at least one DSR row must have events > 0 to derive a denominator, got all events=0");
    assertThatThrownBy(
            () ->
                RateFunnel.ofCrudeRates(new double[] {1}, new double[] {1}, new double[] {0}, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("denominators must all be finite numbers > 0, got denominators[0]=0.0");
    assertThatThrownBy(() -> RateFunnel.withAverageRate(0, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("averageRate must be a finite number > 0, got averageRate=0.0");
    assertThatThrownBy(() -> RateFunnel.withAverageRate(5, 1000).limits(0, FunnelLevel.TWO_SIGMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("got events=0.0");
  }

  @Test
  void funnelsAreEqualWhenAverageMultiplierAndRowLabelsAre() {
    // 20 events at 10 per 1000 (denominator 2000) and 30 at 15 per 1000 (2000): 50/4000 = 12.5.
    RateFunnel funnel =
        RateFunnel.ofCrudeRates(
            new double[] {20, 30}, new double[] {10, 15}, new double[] {2000, 2000}, 1000);
    RateFunnel same =
        RateFunnel.ofCrudeRates(
            new double[] {20, 30}, new double[] {10, 15}, new double[] {2000, 2000}, 1000);
    assertThat(same).isEqualTo(funnel).hasSameHashCodeAs(funnel);
    assertThat(RateFunnel.withAverageRate(12.5, 1000)).isNotEqualTo(funnel);
    assertThat(RateFunnel.withAverageRate(12.5, 1000))
        .isEqualTo(RateFunnel.withAverageRate(12.5, 1000))
        .isNotEqualTo(RateFunnel.withAverageRate(12.5, 100))
        .isNotEqualTo(RateFunnel.withAverageRate(12, 1000));
    assertThat(funnel).isNotEqualTo(12.5).hasToString("RateFunnel[averageRate=12.5 per 1000.0]");
    assertThatThrownBy(
            () ->
                RateFunnel.ofCrudeRates(
                    new double[] {20, 30}, new double[] {10}, new double[] {2000, 2000}, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events and rates must have the same length, got events.length=2, rates.length=1");
    assertThatThrownBy(
            () ->
                RateFunnel.ofCrudeRates(
                    new double[] {20, 30}, new double[] {10, 15}, new double[] {2000}, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "events and denominators must have the same length, got events.length=2,"
                + " denominators.length=1");
    assertThatThrownBy(() -> RateFunnel.ofDsrs(new double[0], new double[0], 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must not be empty, got events.length=0");
  }
}
