package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatTest {
  @Test
  void aValueThatRoundsToZeroHasNoMinusSign() {
    // -0.0004 is -0.04%, which rounds to 0.0 at one decimal: "0.0%", never "-0.0%".
    assertThat(Format.percent(-0.0004)).isEqualTo("0.0%");
    assertThat(Format.percent(-0.0)).isEqualTo("0.0%");
    // 0.909 is 90.9%.
    assertThat(Format.percent(0.909)).isEqualTo("90.9%");
  }

  @Test
  void aChangeInPointsShowsItsSignUnlessItRoundsToZero() {
    // 90.9% one month and 90.88% the next is a change of -0.02 points: "0.0", not "-0.0".
    assertThat(Format.change(90.88 - 90.9)).isEqualTo("0.0");
    assertThat(Format.change(0.04)).isEqualTo("0.0");
    assertThat(Format.change(1.44)).isEqualTo("+1.4");
    assertThat(Format.change(-0.26)).isEqualTo("-0.3");
  }
}
