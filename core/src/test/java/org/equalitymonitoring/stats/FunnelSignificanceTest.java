package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FunnelSignificanceTest {

  @Test
  void labelsAreSpelledExactlyAsTheReference() {
    // dossier §6a/§6b
    assertThat(FunnelSignificance.HIGH_0_001.label()).isEqualTo("High (0.001)");
    assertThat(FunnelSignificance.HIGH_0_025.label()).isEqualTo("High (0.025)");
    assertThat(FunnelSignificance.LOW_0_001.label()).isEqualTo("Low (0.001)");
    assertThat(FunnelSignificance.LOW_0_025.label()).isEqualTo("Low (0.025)");
    assertThat(FunnelSignificance.NOT_SIGNIFICANT.label()).isEqualTo("Not significant");
    assertThat(FunnelSignificance.NOT_APPLICABLE_DSR.label())
        .isEqualTo("Not applicable for events less than 10 for dsrs");
    assertThat(FunnelSignificance.HIGH_0_001.toString()).isEqualTo("High (0.001)");
  }
}
