package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UnitCountTest {
  @Test
  void rejectsImpossibleCounts() {
    assertThat(UnitCount.of("a", 0, 1).complete()).isZero();
    assertThatThrownBy(() -> UnitCount.of("a", 12, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complete must be between 0 and total, got complete=12, total=10 for unit 'a'");
    assertThatThrownBy(() -> UnitCount.of("a", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total must be at least 1, got 0 for unit 'a'");
  }
}
