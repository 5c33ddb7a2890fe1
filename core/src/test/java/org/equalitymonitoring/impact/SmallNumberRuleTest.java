package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallNumberRuleTest {

  @Test
  void theDefaultIsFewerThanTenEvents() {
    // STATISTICAL-METHODS.md §2 (exact below 10), §4 (no DSR below 10), §9 (PHE/OHID)
    SmallNumberRule rule = SmallNumberRule.defaults();
    assertThat(rule.minimumEvents()).isEqualTo(10);
    assertThat(rule.minimumDenominator()).isEqualTo(0.0);
    assertThat(rule.isTooSmall(9, 1_000_000)).isTrue();
    assertThat(rule.isTooSmall(10, 1)).isFalse();
    assertThat(rule.reason(9, 100)).hasValue("fewer than 10 events");
    assertThat(rule.reason(10, 100)).isEmpty();
    assertThat(rule.description())
        .isEqualTo("too small to say: fewer than 10 events (in the group or its reference)");
  }

  @Test
  void aMinimumDenominator() {
    SmallNumberRule rule = SmallNumberRule.of(5, 100);
    assertThat(rule.reason(5, 99)).hasValue("denominator below 100");
    assertThat(rule.reason(4, 99)).hasValue("fewer than 5 events");
    assertThat(rule.isTooSmall(5, 100)).isFalse();
    assertThat(rule.description())
        .isEqualTo(
            "too small to say: fewer than 5 events, or denominator below 100 (in the group or its"
                + " reference)");
    assertThat(SmallNumberRule.of(0, 2.5).description())
        .isEqualTo("too small to say: denominator below 2.5 (in the group or its reference)");
    assertThat(SmallNumberRule.of(0, 0).description()).isEqualTo("no small-number rule");
    assertThat(SmallNumberRule.of(0, 0).isTooSmall(0, 0)).isFalse();
  }

  @Test
  void negativeMinimaAreRejected() {
    assertThatThrownBy(() -> SmallNumberRule.of(-1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumEvents must be >= 0, got minimumEvents=-1");
    assertThatThrownBy(() -> SmallNumberRule.of(0, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmallNumberRule.of(0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equality() {
    assertThat(SmallNumberRule.of(10, 0)).isEqualTo(SmallNumberRule.defaults());
    assertThat(SmallNumberRule.of(10, 0)).hasSameHashCodeAs(SmallNumberRule.defaults());
    assertThat(SmallNumberRule.of(10, 1)).isNotEqualTo(SmallNumberRule.defaults());
  }
}
