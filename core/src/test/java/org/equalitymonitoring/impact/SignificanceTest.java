package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.equalitymonitoring.stats.Interval;
import org.junit.jupiter.api.Test;

class SignificanceTest {

  @Test
  void anIntervalExcludingTheBenchmark() {
    assertThat(Significance.comparing(Interval.of(1.1, 2, "Katz log"), 1))
        .isEqualTo(Significance.HIGHER);
    assertThat(Significance.comparing(Interval.of(0.3, 0.9, "Katz log"), 1))
        .isEqualTo(Significance.LOWER);
    assertThat(Significance.comparing(Interval.of(0.9, 1.1, "Katz log"), 1))
        .isEqualTo(Significance.NOT_SIGNIFICANT);
    // touching the benchmark is not significant
    assertThat(Significance.comparing(Interval.of(1, 2, "Log"), 1))
        .isEqualTo(Significance.NOT_SIGNIFICANT);
  }

  @Test
  void undefinedLimitsAreNotSignificant() {
    // STATISTICAL-METHODS.md §8: a = 0 gives (0, NaN), c = 0 gives (NaN, inf)
    assertThat(Significance.comparing(Interval.of(0, Double.NaN, "Katz log"), 1))
        .isEqualTo(Significance.NOT_SIGNIFICANT);
    assertThat(Significance.comparing(Interval.of(Double.NaN, Double.POSITIVE_INFINITY, "Log"), 1))
        .isEqualTo(Significance.NOT_SIGNIFICANT);
  }

  @Test
  void labels() {
    assertThat(Significance.HIGHER.label()).isEqualTo("higher");
    assertThat(Significance.LOWER.label()).isEqualTo("lower");
    assertThat(Significance.NOT_SIGNIFICANT.label()).isEqualTo("not significant");
  }

  @Test
  void theBenchmarkMustBeFinite() {
    assertThatThrownBy(() -> Significance.comparing(Interval.of(0, 1, "Wilson"), Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Significance.comparing(null, 1))
        .isInstanceOf(NullPointerException.class);
  }
}
