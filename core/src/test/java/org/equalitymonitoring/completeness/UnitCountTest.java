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

  @Test
  void aUnitMayBeFullyComplete() {
    UnitCount all = UnitCount.of("a", 10, 10);
    assertThat(all.complete()).isEqualTo(all.total()).isEqualTo(10);
    assertThat(UnitCount.of("a", 1, 1).total()).isEqualTo(1);
    assertThatThrownBy(() -> UnitCount.of("a", -1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("complete must be between 0 and total, got complete=-1, total=10 for unit 'a'");
  }

  @Test
  void countsAreEqualWhenUnitAndBothCountsAre() {
    UnitCount count = UnitCount.of("a", 3, 10);
    assertThat(UnitCount.of("a", 3, 10)).isEqualTo(count).hasSameHashCodeAs(count);
    assertThat(UnitCount.of("b", 3, 10)).isNotEqualTo(count);
    assertThat(UnitCount.of("a", 4, 10)).isNotEqualTo(count);
    assertThat(UnitCount.of("a", 3, 11)).isNotEqualTo(count);
    assertThat(count).isNotEqualTo("a").hasToString("a: 3/10");
  }
}
