package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetStatusTest {
  @Test
  void aProportionAtTheThresholdMeetsTheTarget() {
    // 0.9 >= 0.9: "at or above the target" counts as met.
    assertThat(TargetStatus.of(0.9, Target.of(0.9))).isEqualTo(TargetStatus.MET);
    assertThat(TargetStatus.of(0.95, Target.of(0.9))).isEqualTo(TargetStatus.MET);
  }

  @Test
  void aProportionBelowTheThresholdDoesNotMeetTheTarget() {
    assertThat(TargetStatus.of(0.8999, Target.of(0.9))).isEqualTo(TargetStatus.NOT_MET);
  }
}
