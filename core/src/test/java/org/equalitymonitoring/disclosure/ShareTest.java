package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void availableShareGivesFractionAndPercent() {
    Share share = Share.of(0.25);

    assertThat(share.isAvailable()).isTrue();
    assertThat(share.fraction()).hasValue(0.25);
    assertThat(share.percent().getAsDouble()).isCloseTo(25.0, within(1e-12));
    assertThat(share.unavailableReason()).isEmpty();
    assertThat(share.toString()).isEqualTo("Share[0.25]");
  }

  @Test
  void unavailableShareHasNoValue() {
    Share share = Share.unavailable(ShareUnavailableReason.CELL_SUPPRESSED);

    assertThat(share.isAvailable()).isFalse();
    assertThat(share.fraction()).isEmpty();
    assertThat(share.percent()).isEmpty();
    assertThat(share.unavailableReason()).contains(ShareUnavailableReason.CELL_SUPPRESSED);
    assertThat(share.toString()).isEqualTo("Share[CELL_SUPPRESSED]");
  }

  @Test
  void equality() {
    assertThat(Share.of(0.5)).isEqualTo(Share.of(0.5)).hasSameHashCodeAs(Share.of(0.5));
    assertThat(Share.of(0.5)).isNotEqualTo(Share.of(0.25));
    assertThat(Share.unavailable(ShareUnavailableReason.TOTAL_ZERO))
        .isEqualTo(Share.unavailable(ShareUnavailableReason.TOTAL_ZERO))
        .isNotEqualTo(Share.unavailable(ShareUnavailableReason.TOTAL_SUPPRESSED));
  }

  @Test
  void rejectsFractionsOutsideZeroToOneAndNullReason() {
    assertThatThrownBy(() -> Share.of(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fraction is 1.5: a share of a total must lie in [0, 1]");
    assertThatThrownBy(() -> Share.of(-0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Share.of(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NaN");
    assertThatThrownBy(() -> Share.unavailable(null)).isInstanceOf(NullPointerException.class);
  }
}
