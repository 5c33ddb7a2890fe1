package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IntervalTest {

  @Test
  void holdsLimitsAndMethod() {
    Interval interval = Interval.of(0.1, 0.3, "Wilson");
    assertThat(interval.lower()).isEqualTo(0.1);
    assertThat(interval.upper()).isEqualTo(0.3);
    assertThat(interval.method()).isEqualTo("Wilson");
    assertThat(interval.contains(0.2)).isTrue();
    assertThat(interval.contains(0.1)).isTrue();
    assertThat(interval.contains(0.31)).isFalse();
    assertThat(interval).isEqualTo(Interval.of(0.1, 0.3, "Wilson"));
    assertThat(interval).isNotEqualTo(Interval.of(0.1, 0.3, "Exact"));
    assertThat(interval.hashCode()).isEqualTo(Interval.of(0.1, 0.3, "Wilson").hashCode());
    assertThat(interval.toString()).isEqualTo("Wilson [0.1, 0.3]");
  }

  @Test
  void rejectsLowerAboveUpper() {
    assertThatThrownBy(() -> Interval.of(2, 1, "Wilson"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower must be <= upper, got lower=2.0, upper=1.0");
  }

  @Test
  void rejectsNullAndBlankMethod() {
    assertThatThrownBy(() -> Interval.of(0, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("method");
    assertThatThrownBy(() -> Interval.of(0, 1, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("method must not be blank, got method=\" \"");
  }

  @Test
  void allowsUndefinedAndInfiniteLimitsForZeroCells() {
    Interval interval = Interval.of(Double.NaN, Double.POSITIVE_INFINITY, "Katz log");
    assertThat(interval.lower()).isNaN();
    assertThat(interval.contains(5)).isFalse();
    assertThat(interval).isEqualTo(Interval.of(Double.NaN, Double.POSITIVE_INFINITY, "Katz log"));
  }

  @Test
  void intervalsAreEqualWhenLimitsAndMethodAre() {
    Interval interval = Interval.of(1, 2, "Exact");
    assertThat(Interval.of(1, 2, "Exact")).isEqualTo(interval).hasSameHashCodeAs(interval);
    assertThat(Interval.of(1, 2, "Byars")).isNotEqualTo(interval);
    assertThat(Interval.of(0, 2, "Exact")).isNotEqualTo(interval);
    assertThat(Interval.of(1, 3, "Exact")).isNotEqualTo(interval);
    assertThat(interval).isNotEqualTo("Exact [1.0, 2.0]").hasToString("Exact [1.0, 2.0]");
    // Undefined limits (zero cells) are equal to themselves, unlike NaN under ==.
    Interval undefined = Interval.of(Double.NaN, Double.POSITIVE_INFINITY, "Katz log");
    assertThat(Interval.of(Double.NaN, Double.POSITIVE_INFINITY, "Katz log"))
        .isEqualTo(undefined)
        .hasSameHashCodeAs(undefined);
  }
}
