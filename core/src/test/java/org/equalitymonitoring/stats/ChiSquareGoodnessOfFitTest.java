package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareGoodnessOfFitTest {

  @Test
  void threeCategoriesByHand() {
    // (10−20)²/20 + 0 + (30−20)²/20 = 10; df 2; P(χ²₂ ≥ x) = exp(−x/2) = exp(−5)
    ChiSquareGoodnessOfFit test =
        ChiSquareGoodnessOfFit.of(new double[] {10, 20, 30}, new double[] {20, 20, 20});
    assertThat(test.statistic()).isCloseTo(10, within(1e-12));
    assertThat(test.degreesOfFreedom()).isEqualTo(2);
    assertThat(test.pValue()).isCloseTo(Math.exp(-5), within(Math.exp(-5) * 1e-9));
    assertThat(Math.exp(-5)).isCloseTo(0.006737946999085467, within(1e-17));
  }

  @Test
  void fiveCategoriesAgainstProportionsByHand() {
    // observed {30, 20, 25, 15, 10}, total 100, proportions 0.2 each → expected 20 each
    // statistic = (100 + 0 + 25 + 25 + 100)/20 = 12.5; df 4; P(χ²₄ ≥ x) = e^(−x/2)(1 + x/2)
    ChiSquareGoodnessOfFit test =
        ChiSquareGoodnessOfFit.ofProportions(
            new double[] {30, 20, 25, 15, 10}, new double[] {0.2, 0.2, 0.2, 0.2, 0.2});
    double p = Math.exp(-6.25) * (1 + 6.25);
    assertThat(test.statistic()).isCloseTo(12.5, within(1e-12));
    assertThat(test.degreesOfFreedom()).isEqualTo(4);
    assertThat(test.pValue()).isCloseTo(p, within(p * 1e-9));
  }

  @Test
  void perfectFitHasPValueOne() {
    ChiSquareGoodnessOfFit test =
        ChiSquareGoodnessOfFit.of(new double[] {5, 5}, new double[] {5, 5});
    assertThat(test.statistic()).isEqualTo(0.0);
    assertThat(test.pValue()).isEqualTo(1.0);
  }

  @Test
  void rejectsInvalidInputs() {
    assertThatThrownBy(() -> ChiSquareGoodnessOfFit.of(new double[] {5}, new double[] {5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least 2 categories are required, got k=1");
    assertThatThrownBy(() -> ChiSquareGoodnessOfFit.of(new double[] {5, 5}, new double[] {5, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected must all be finite numbers > 0, got expected[1]=0.0");
    assertThatThrownBy(() -> ChiSquareGoodnessOfFit.of(new double[] {5, 5}, new double[] {5, 6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "observed and expected must have the same total, got sum(observed)=10.0,"
                + " sum(expected)=11.0");
    assertThatThrownBy(
            () ->
                ChiSquareGoodnessOfFit.ofProportions(new double[] {5, 5}, new double[] {0.5, 0.6}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("proportions must sum to 1, got sum(proportions)=1.1");
    assertThatThrownBy(
            () ->
                ChiSquareGoodnessOfFit.ofProportions(new double[] {0, 0}, new double[] {0.5, 0.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("observed must have a positive total, got sum=0.0");
    assertThatThrownBy(() -> ChiSquareGoodnessOfFit.of(null, new double[] {1, 2}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("observed");
  }

  @Test
  void rejectsMismatchedLengths() {
    assertThatThrownBy(() -> ChiSquareGoodnessOfFit.of(new double[] {5, 5}, new double[] {10}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "observed and expected must have the same length, got observed.length=2,"
                + " expected.length=1");
    assertThatThrownBy(
            () -> ChiSquareGoodnessOfFit.ofProportions(new double[] {5, 5}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "observed and proportions must have the same length, got observed.length=2,"
                + " proportions.length=1");
    assertThatThrownBy(
            () -> ChiSquareGoodnessOfFit.ofProportions(new double[] {5}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("at least 2 categories are required, got k=1");
  }

  @Test
  void testsAreEqualWhenStatisticDegreesOfFreedomAndPValueAre() {
    // Observed 30, 10 against expected 20, 20: X² = 100/20 + 100/20 = 10 on 1 df.
    ChiSquareGoodnessOfFit test =
        ChiSquareGoodnessOfFit.of(new double[] {30, 10}, new double[] {20, 20});
    assertThat(ChiSquareGoodnessOfFit.ofProportions(new double[] {30, 10}, new double[] {0.5, 0.5}))
        .isEqualTo(test)
        .hasSameHashCodeAs(test);
    // 10, 30 is as far from 20, 20 the other way: the same test.
    assertThat(ChiSquareGoodnessOfFit.of(new double[] {10, 30}, new double[] {20, 20}))
        .isEqualTo(test);
    assertThat(ChiSquareGoodnessOfFit.of(new double[] {25, 15}, new double[] {20, 20}))
        .isNotEqualTo(test);
    assertThat(test).isNotEqualTo(10.0);
    assertThat(test.toString()).startsWith("ChiSquareGoodnessOfFit[statistic=10.0, df=1, p=");
  }
}
