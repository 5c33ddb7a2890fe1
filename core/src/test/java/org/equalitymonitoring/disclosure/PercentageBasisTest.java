package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PercentageBasisTest {

  @Test
  void hasPublishedAndUnroundedBases() {
    assertThat(PercentageBasis.values())
        .containsExactly(PercentageBasis.PUBLISHED_VALUES, PercentageBasis.UNROUNDED_VALUES);
  }

  @Test
  void eachBuiltInPolicyDeclaresItsBasis() {
    // NHS Digital coverage MI: after suppression, on rounded counts. Ofqual: unrounded values.
    assertThat(DisclosurePolicy.nhsDigital().percentageBasis())
        .isEqualTo(PercentageBasis.PUBLISHED_VALUES);
    assertThat(DisclosurePolicy.roundToFiveFewerThanFive().percentageBasis())
        .isEqualTo(PercentageBasis.UNROUNDED_VALUES);
  }
}
