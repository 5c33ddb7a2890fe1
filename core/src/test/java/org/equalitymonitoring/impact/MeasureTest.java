package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MeasureTest {

  @Test
  void defaultMultipliers() {
    // PHEindicatormethods defaults: rates and DSRs per 100,000 (STATISTICAL-METHODS.md §2, §4)
    assertThat(Measure.RATE.defaultMultiplier()).isEqualTo(100_000.0);
    assertThat(Measure.DSR.defaultMultiplier()).isEqualTo(100_000.0);
    assertThat(Measure.PROPORTION.defaultMultiplier()).isEqualTo(100.0);
    assertThat(Measure.RELATIVE_LIKELIHOOD.defaultMultiplier()).isEqualTo(100.0);
    assertThat(Measure.REPRESENTATION.defaultMultiplier()).isEqualTo(100.0);
  }
}
