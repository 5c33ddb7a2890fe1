package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class SampleMeanTest {

  private static final ConfidenceLevel C95 = ConfidenceLevel.NINETY_FIVE;

  private static Offset<Double> rel(double expected) {
    return within(Math.abs(expected) * 1e-9 + 1e-15);
  }

  @Test
  void twoValuesUseTheCauchyQuantile() {
    // n = 2 → t with 1 df is Cauchy: qt(0.975, 1) = tan(0.475π) = 12.706204736174707
    // values {1, 2}: mean 1.5, sd = sqrt(0.5), half width = t·sd/√2 = t·0.5
    double t = Math.tan(0.475 * Math.PI);
    SampleMean mean = SampleMean.of(new double[] {1, 2}, C95);
    assertThat(mean.sum()).isEqualTo(3.0);
    assertThat(mean.count()).isEqualTo(2);
    assertThat(mean.standardDeviation()).isCloseTo(Math.sqrt(0.5), rel(0.7071));
    assertThat(mean.estimate().value()).isEqualTo(1.5);
    assertThat(mean.estimate().lower()).isCloseTo(1.5 - t * 0.5, rel(1.5 - t * 0.5));
    assertThat(mean.estimate().upper()).isCloseTo(1.5 + t * 0.5, rel(1.5 + t * 0.5));
    assertThat(mean.estimate().method()).isEqualTo("Student t");
    assertThat(t).isCloseTo(12.706204736174707, within(1e-12));
  }

  @Test
  void threeValuesUseTheClosedFormTwoDfQuantile() {
    // t with 2 df: q_p = (2p − 1)/sqrt(2p(1 − p)); p = 0.975 → 0.95/sqrt(0.04875) = 4.30265…
    // values {2, 4, 6}: mean 4, sd 2, half width = t·2/√3
    double t = 0.95 / Math.sqrt(2 * 0.975 * 0.025);
    double half = t * 2 / Math.sqrt(3);
    SampleMean mean = SampleMean.of(new double[] {2, 4, 6}, C95);
    assertThat(mean.standardDeviation()).isCloseTo(2, rel(2));
    assertThat(mean.estimate().lower()).isCloseTo(4 - half, rel(4 - half));
    assertThat(mean.estimate().upper()).isCloseTo(4 + half, rel(4 + half));
    assertThat(t).isCloseTo(4.302652729749464, within(1e-12));
  }

  @Test
  void identicalValuesGiveAZeroWidthInterval() {
    SampleMean mean = SampleMean.of(new double[] {3, 3, 3}, C95);
    assertThat(mean.standardDeviation()).isEqualTo(0.0);
    assertThat(mean.estimate().lower()).isEqualTo(3.0);
    assertThat(mean.estimate().upper()).isEqualTo(3.0);
  }

  @Test
  void rejectsTooFewOrNonFiniteValues() {
    assertThatThrownBy(() -> SampleMean.of(new double[] {1}, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "values must contain at least 2 observations for a standard deviation, got n=1");
    assertThatThrownBy(() -> SampleMean.of(new double[] {1, Double.NaN}, C95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("values must all be finite, got values[1]=NaN");
    assertThatThrownBy(() -> SampleMean.of(null, C95))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("values");
  }

  @Test
  void intervalContainsTheMean() {
    qt().forAll(lists().of(doubles().between(-1e6, 1e6)).ofSizeBetween(2, 50))
        .checkAssert(
            values -> {
              double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
              Estimate e = SampleMean.of(v, C95).estimate();
              assertThat(e.lower()).isLessThanOrEqualTo(e.value());
              assertThat(e.upper()).isGreaterThanOrEqualTo(e.value());
            });
  }

  @Test
  void standardDeviationIsExactForValuesFarFromZero() {
    // Values 1e9 + 1, 1e9 + 2, 1e9 + 3: deviations from the mean −1, 0, 1, so sd = sqrt(2/2) = 1.
    // Summing squares before subtracting the mean would lose every digit at 1e18.
    SampleMean mean = SampleMean.of(new double[] {1e9 + 1, 1e9 + 2, 1e9 + 3}, C95);
    assertThat(mean.standardDeviation()).isEqualTo(1.0);
    assertThat(mean.estimate().value()).isEqualTo(1e9 + 2);
  }

  @Test
  void meansAreEqualWhenTheirDataSummariesAre() {
    SampleMean mean = SampleMean.of(new double[] {2, 4, 6}, C95);
    assertThat(SampleMean.of(new double[] {6, 2, 4}, C95)).isEqualTo(mean).hasSameHashCodeAs(mean);
    // Same mean 4, different spread, count or sum.
    assertThat(SampleMean.of(new double[] {1, 4, 7}, C95)).isNotEqualTo(mean);
    assertThat(SampleMean.of(new double[] {2, 4, 4, 6}, C95)).isNotEqualTo(mean);
    assertThat(SampleMean.of(new double[] {3, 5, 7}, C95)).isNotEqualTo(mean);
    assertThat(SampleMean.of(new double[] {2, 4, 6}, ConfidenceLevel.of(0.9))).isNotEqualTo(mean);
    assertThat(mean).isNotEqualTo(mean.estimate());
    // n = 3, sd = sqrt((4 + 0 + 4) / 2) = 2.
    assertThat(mean.toString()).startsWith("SampleMean[n=3, sd=2.0, 4.0 (95% ");
  }
}
