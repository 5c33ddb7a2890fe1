package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EstimateTest {

  @Test
  void exposesValueIntervalMethodAndConfidence() {
    Interval interval = Interval.of(1, 3, "Byars");
    Estimate estimate = Estimate.of(2, interval, ConfidenceLevel.NINETY_FIVE);
    assertThat(estimate.value()).isEqualTo(2);
    assertThat(estimate.interval()).isSameAs(interval);
    assertThat(estimate.lower()).isEqualTo(1);
    assertThat(estimate.upper()).isEqualTo(3);
    assertThat(estimate.method()).isEqualTo("Byars");
    assertThat(estimate.confidence()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    assertThat(estimate).isEqualTo(Estimate.of(2, interval, ConfidenceLevel.NINETY_FIVE));
    assertThat(estimate)
        .isNotEqualTo(Estimate.of(2, interval, ConfidenceLevel.NINETY_NINE_POINT_EIGHT));
    assertThat(estimate.toString()).isEqualTo("2.0 (95% Byars [1.0, 3.0])");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Estimate.of(1, null, ConfidenceLevel.NINETY_FIVE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("interval");
    assertThatThrownBy(() -> Estimate.of(1, Interval.of(0, 1, "Wilson"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("confidence");
  }

  @Test
  void estimatesAreEqualWhenValueIntervalAndLevelAre() {
    Interval interval = Interval.of(0.2, 0.4, "Wilson");
    Estimate estimate = Estimate.of(0.3, interval, ConfidenceLevel.NINETY_FIVE);
    assertThat(Estimate.of(0.3, Interval.of(0.2, 0.4, "Wilson"), ConfidenceLevel.of(0.95)))
        .isEqualTo(estimate)
        .hasSameHashCodeAs(estimate);
    assertThat(Estimate.of(0.31, interval, ConfidenceLevel.NINETY_FIVE)).isNotEqualTo(estimate);
    assertThat(Estimate.of(0.3, Interval.of(0.2, 0.5, "Wilson"), ConfidenceLevel.NINETY_FIVE))
        .isNotEqualTo(estimate);
    assertThat(Estimate.of(0.3, interval, ConfidenceLevel.NINETY_NINE_POINT_EIGHT))
        .isNotEqualTo(estimate);
    assertThat(estimate).isNotEqualTo(interval).hasToString("0.3 (95% Wilson [0.2, 0.4])");
  }
}
