package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdverseImpactTest {

  @Test
  void labelsAndAdverse() {
    assertThat(AdverseImpact.ADVERSE.label()).isEqualTo("evidence of adverse impact");
    assertThat(AdverseImpact.NO_EVIDENCE.label()).isEqualTo("no evidence of adverse impact");
    assertThat(AdverseImpact.TOO_SMALL_TO_SAY.label()).isEqualTo("too small to say");
    assertThat(AdverseImpact.REFERENCE_GROUP.label()).isEqualTo("reference group");
    assertThat(AdverseImpact.ADVERSE.isAdverse()).isTrue();
    assertThat(AdverseImpact.TOO_SMALL_TO_SAY.isAdverse()).isFalse();
    assertThat(AdverseImpact.NO_EVIDENCE.isAdverse()).isFalse();
  }
}
