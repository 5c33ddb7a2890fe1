package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ResolutionRuleTest {
  @Test
  void onlyAnUnresolvedTieAndNoKnownRecordGiveNoCode() {
    assertThat(Arrays.stream(ResolutionRule.values()).filter(r -> !r.givesCode()))
        .containsExactlyInAnyOrder(ResolutionRule.TIE_UNRESOLVED, ResolutionRule.NO_KNOWN_RECORD);
  }
}
