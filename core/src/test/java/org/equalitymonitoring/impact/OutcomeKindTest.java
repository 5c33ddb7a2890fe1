package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeKindTest {

  @Test
  void lessOfABenefitAndMoreOfAnAdverseOutcomeAreAdverse() {
    assertThat(OutcomeKind.BENEFIT.adverseDirection()).isEqualTo(Significance.LOWER);
    assertThat(OutcomeKind.ADVERSE_OUTCOME.adverseDirection()).isEqualTo(Significance.HIGHER);
  }
}
