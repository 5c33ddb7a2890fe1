package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class FunnelLevelTest {

  @Test
  void tailsAndQuantilesAreThePheOnes() {
    // dossier §0: 0.025 one-sided ↔ 95%, qnorm(0.975); 0.001 ↔ 99.8%, qnorm(0.999)
    assertThat(FunnelLevel.TWO_SIGMA.oneSidedTail()).isEqualTo(0.025);
    assertThat(FunnelLevel.THREE_SIGMA.oneSidedTail()).isEqualTo(0.001);
    assertThat(FunnelLevel.TWO_SIGMA.confidence()).isEqualTo(ConfidenceLevel.NINETY_FIVE);
    assertThat(FunnelLevel.THREE_SIGMA.confidence())
        .isEqualTo(ConfidenceLevel.NINETY_NINE_POINT_EIGHT);
    assertThat(FunnelLevel.TWO_SIGMA.z()).isCloseTo(1.959963984540054, within(4e-16));
    assertThat(FunnelLevel.THREE_SIGMA.z()).isCloseTo(3.090232306167813, within(1e-15));
  }
}
